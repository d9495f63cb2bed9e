/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The Recourse server the form talks to. */
  readonly VITE_RECOURSE_API?: string;
}
