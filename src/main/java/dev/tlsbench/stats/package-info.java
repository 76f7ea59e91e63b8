/**
 * The statistics kernel: intervals, ratios, steady state and fork agreement of benchmark samples
 * given as one list of iteration scores per fork (JMH's rawData), and the verdict of a comparison.
 * Plain Java on Apache Commons Math (quantiles, random generators, t-tests, regression, ANOVA);
 * no JMH, no JSON. Every resampling is seeded from a key, so a report drawn twice prints the same
 * numbers. Design: Kalibera and Jones, "Rigorous Benchmarking in Reasonable Time" (ISMM 2013) for
 * the two-level (fork, iteration) bootstrap and ratio intervals; Barrett et al., "Virtual Machine
 * Warmup Blows Hot and Cold" (OOPSLA 2017) for classifying each fork by its changepoints.
 */
package dev.tlsbench.stats;
