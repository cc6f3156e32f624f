using BenchmarkDotNet.Running;

// The switcher gives the usual command line: --filter, --job short|medium|long, --list flat, --profiler EP.
BenchmarkSwitcher.FromAssembly(typeof(Redirector.Benchmarks.Inputs).Assembly).Run(args);
