using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/SmarterProctoring.Declarative.Benchmarks -- --filter '*'            (full)
// dotnet run -c Release --project tests/SmarterProctoring.Declarative.Benchmarks -- --filter '*' --job short (CI smoke)
// dotnet run -c Release --project tests/SmarterProctoring.Declarative.Benchmarks -- --calls put-generated 2000  (see CallCounter)
if (args is ["--calls", string which, string count])
{
    await SmarterProctoring.Declarative.Benchmarks.CallCounter.RunAsync(which, count);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SmarterProctoring.Declarative.Benchmarks.ClientBenchmarks).Assembly).Run(args);
