/**
 * Prometheus metrics of the server (prom-client, a registry per server).
 * @module
 */
export {
  type MetricsOptions,
  protectedMetricsRoute,
  type RunningMetrics,
  serveMetrics,
} from './metrics-routes';
export {
  createServerMetrics,
  METRICS_CONTENT_TYPE,
  type MetricsSources,
  type ServerMetrics,
} from './server-metrics';
