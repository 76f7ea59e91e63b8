/**
 * The SSLEngine benchmarks (full and resumed connections, mixed stacks, closing, the record path,
 * and a naive reference), their families, and the fixtures that open proven connections for them.
 * Built on the sub-packages by job: config (what a cell configures), wire (what the hellos say),
 * stack (stacks, contexts, engines) and proof (what must hold before timing), which never reach up here.
 */
package dev.tlsbench.tls;
