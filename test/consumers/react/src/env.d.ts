/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_RECOURSE_API: string;
}
