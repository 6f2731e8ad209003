using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(LcPeers.Benchmarks.SolverBenchmarks).Assembly).Run(args);
