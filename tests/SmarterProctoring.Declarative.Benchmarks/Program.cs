using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/SmarterProctoring.Declarative.Benchmarks -- --filter '*'            (full)
// dotnet run -c Release --project tests/SmarterProctoring.Declarative.Benchmarks -- --filter '*' --job short (CI smoke)
BenchmarkSwitcher.FromAssembly(typeof(SmarterProctoring.Declarative.Benchmarks.ClientBenchmarks).Assembly).Run(args);
