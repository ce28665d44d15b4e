using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmarterProctoring.Declarative.Generators;

namespace SmarterProctoring.Declarative.Benchmarks;

/// <summary>
/// Generation time for 1, 10, 100 and 1,000 methods (ten per interface), and the incremental re-run after an edit
/// to one method body in an ordinary class — what the IDE pays on every keystroke. Both run the generator on a
/// compilation Roslyn has already bound, so they measure the generator, not the compiler.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const string Worker = """
        namespace Bench;
        public static class Worker
        {
            public static int Compute(int value) => value + 1;
        }
        """;

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _ranOnce = null!;
    private GeneratorDriver _floorRanOnce = null!;

    [Params(1, 10, 100, 1000)]
    public int Methods { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Worker, parseOptions, path: "Worker.cs") };
        int interfaces = (Methods + 9) / 10;
        for (int i = 0; i < interfaces; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(Interface(i, System.Math.Min(10, Methods - (i * 10))), parseOptions, path: "Api" + i + ".cs"));
        }

        _compilation = CSharpCompilation.Create(
            "Bench",
            trees,
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(PutAttribute).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        SyntaxTree worker = trees[0];
        _edited = _compilation.ReplaceSyntaxTree(worker, worker.WithChangedText(
            Microsoft.CodeAnalysis.Text.SourceText.From(Worker.Replace("value + 1", "value * 2 + 1", System.StringComparison.Ordinal))));
        _ranOnce = NewDriver().RunGenerators(_compilation);
        _floorRanOnce = CSharpGeneratorDriver.Create([new FloorGenerator().AsSourceGenerator()], parseOptions: parseOptions).RunGenerators(_compilation);
        int generated = _ranOnce.GetRunResult().GeneratedTrees.Length;
        if (generated != interfaces)
        {
            throw new System.InvalidOperationException("expected " + interfaces + " generated files, got " + generated);
        }

        // Roslyn binds lazily; bind everything once so both benchmarks measure the generator.
        _ = _compilation.GetDiagnostics();
        _ = _edited.GetDiagnostics();
    }

    [Benchmark(Description = "full generation")]
    public GeneratorDriver Full() => NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "re-run after editing one method body")]
    public GeneratorDriver Incremental() => _ranOnce.RunGenerators(_edited);

    /// <summary>
    /// The floor under any generator built on ForAttributeWithMetadataName: the same attribute pipelines with a
    /// transform that only returns the method's name. Roslyn re-runs every transform when the compilation changes.
    /// </summary>
    [Benchmark(Description = "floor: same pipelines, empty transform, after the edit")]
    public GeneratorDriver Floor() => _floorRanOnce.RunGenerators(_edited);

    private static CSharpGeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create([new ClientGenerator().AsSourceGenerator()], parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12));

    private static string Interface(int index, int methods)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using System.Threading;");
        builder.AppendLine("using System.Threading.Tasks;");
        builder.AppendLine("using SmarterProctoring.Declarative;");
        builder.AppendLine("namespace Bench;");
        builder.AppendLine("public sealed record Item" + index + "(string Name, int Count);");
        builder.AppendLine("public partial interface IApi" + index);
        builder.AppendLine("{");
        for (int m = 0; m < methods; m++)
        {
            builder.AppendLine("    [Put(\"/v1/installs/{installSid}/items" + m + "/{itemSid}\")]");
            builder.AppendLine("    Task<Item" + index + "> Put" + m + "Async([Sid(\"AI\")] string installSid, [Sid(\"IT\")] string itemSid, [Body] Item" + index
                + " item, [Query] int? limit, CancellationToken cancellationToken = default);");
        }

        builder.AppendLine("}");
        return builder.ToString();
    }
}

/// <summary>The verb-attribute pipelines of the real generator with a trivial transform: what Roslyn alone costs.</summary>
internal sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        foreach (string verb in new[] { "Get", "Post", "Put", "Patch", "Delete" })
        {
            IncrementalValuesProvider<string> names = context.SyntaxProvider.ForAttributeWithMetadataName(
                "SmarterProctoring.Declarative." + verb + "Attribute",
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                static (syntax, _) => syntax.TargetSymbol.Name);
            context.RegisterSourceOutput(names.Collect(), static (_, _) => { });
        }
    }
}
