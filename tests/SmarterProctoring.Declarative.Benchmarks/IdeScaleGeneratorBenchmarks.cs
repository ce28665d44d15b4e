using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SmarterProctoring.Declarative.Generators;

namespace SmarterProctoring.Declarative.Benchmarks;

/// <summary>
/// The generators at IDE scale, side by side: 1,000 methods in 100 interfaces (and a file that calls each once), declared once for this project and
/// once for Refit 16.4 (whose generator is loaded from its package, with the options a Refit project sets, so it
/// writes generated requests). Every iteration starts from a compilation made for it, so no per-compilation cache
/// of either generator is warm: <em>as created</em> is the compilation as the command-line compiler hands it over
/// (nothing bound), <em>pre-bound</em> has had <c>GetDiagnostics()</c> called first, so what remains is the
/// generator's own work, as in an IDE that has bound the compilation already.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class IdeScaleGeneratorBenchmarks : IdeScaleBenchmarks
{
    /// <summary>Whether Roslyn has bound the compilation before the generator runs.</summary>
    [Params("as created", "pre-bound")]
    public string Compilation { get; set; } = "as created";

    protected override bool PreBound => Compilation == "pre-bound";

    [IterationSetup(Target = nameof(FullRun))]
    public void SetupFullRun() => SetupFresh();

    /// <summary>The first run over a project: every interface parsed and written.</summary>
    [Benchmark(Description = "full run")]
    public GeneratorDriver FullRun() => RunFresh();

    [IterationSetup(Target = nameof(RerunAfterUnrelatedEdit))]
    public void SetupUnrelatedEdit() => SetupEdit(edit => edit.ReplaceSyntaxTree(
        edit.SyntaxTrees.First(),
        edit.SyntaxTrees.First().WithChangedText(SourceText.From(Worker.Replace("value + 1", "value * 2 + 1", StringComparison.Ordinal)))));

    /// <summary>A keystroke in a method body of an ordinary class: no declaration changed.</summary>
    [Benchmark(Description = "re-run after an unrelated edit")]
    public GeneratorDriver RerunAfterUnrelatedEdit() => RunEdited();

    [IterationSetup(Target = nameof(RerunAfterInterfaceEdit))]
    public void SetupInterfaceEdit() => SetupEdit(edit =>
    {
        SyntaxTree api = edit.SyntaxTrees.ElementAt(2);
        string text = api.ToString();
        return edit.ReplaceSyntaxTree(api, api.WithChangedText(SourceText.From(text.Replace("/items0/", "/things0/", StringComparison.Ordinal))));
    });

    /// <summary>A keystroke inside one interface: one route literal of one method changes.</summary>
    [Benchmark(Description = "re-run after an edit inside one interface")]
    public GeneratorDriver RerunAfterInterfaceEdit() => RunEdited();
}

/// <summary>
/// The packages' analyzers over the same project with its generated code, bound first (analyzing binds a copy of
/// the compilation again, whatever was bound before), beside an analyzer that registers the same actions and does
/// nothing: Roslyn's floor, so the analyzers' own work is the difference.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class IdeScaleAnalyzerBenchmarks : IdeScaleBenchmarks
{
    protected override bool PreBound => true;

    [IterationSetup(Target = nameof(Diagnostics))]
    public void SetupDiagnostics() => SetupGenerated();

    /// <summary>The package's analyzers over the whole project (the generator's own diagnostics are in its run).</summary>
    [Benchmark(Description = "analyzers over the project")]
    public ImmutableArray<Diagnostic> Diagnostics() => Analyze(PackageAnalyzers);

    [IterationSetup(Target = nameof(DiagnosticsFloor))]
    public void SetupDiagnosticsFloor() => SetupGenerated();

    /// <summary>An analyzer that registers what this project's analyzers register (properties, invocations, attributes) and does nothing.</summary>
    [Benchmark(Description = "floor: an analyzer that does nothing")]
    public ImmutableArray<Diagnostic> DiagnosticsFloor() => Analyze([new EmptyAnalyzer()]);
}

/// <summary>The declarations, the two generators and the compilations the IDE-scale benchmarks share.</summary>
public abstract class IdeScaleBenchmarks
{
    private const int Interfaces = 100;
    private const int MethodsPerInterface = 10;

    protected const string Worker = """
        namespace Bench;
        public static class Worker
        {
            public static int Compute(int value) => value + 1;
        }
        """;

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.CSharp12);

    private SyntaxTree[] _trees = [];
    private Compilation _original = null!;
    private MetadataReference[] _references = [];
    private ISourceGenerator _generator = null!;
    private GeneratorDriver _driver = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private AnalyzerConfigOptionsProvider? _options;
    private Compilation _compilation = null!;
    private Compilation _edited = null!;

    /// <summary>Whose generator runs.</summary>
    /// <remarks>
    /// Ours runs twice: on its own declarations (with the <c>[Sid]</c> attributes that say which parameters are SIDs)
    /// and on exactly Refit's method shapes (<c>[Sid]</c> left out), so the cost of the extra attributes, which Roslyn
    /// binds for whoever reads them, shows apart from the generator's.
    /// </remarks>
    [Params(SmarterProctoring, SmarterProctoringWithoutSids, "Refit 16.4")]
    public string Generator { get; set; } = SmarterProctoring;

    private const string SmarterProctoring = "SmarterProctoring";
    private const string SmarterProctoringWithoutSids = "SmarterProctoring, no [Sid]";

    /// <summary>Whether each compilation is bound (<c>GetDiagnostics()</c>) before it is handed over.</summary>
    protected abstract bool PreBound { get; }

    /// <summary>The analyzers the generator's package ships.</summary>
    protected ImmutableArray<DiagnosticAnalyzer> PackageAnalyzers => _analyzers;

    private bool Ours => Generator is SmarterProctoring or SmarterProctoringWithoutSids;

    [GlobalSetup]
    public void Setup()
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Worker, s_parseOptions, path: "Worker.cs"), CSharpSyntaxTree.ParseText(Callers(), s_parseOptions, path: "Callers.cs") };
        for (int i = 0; i < Interfaces; i++)
        {
            string source = !Ours ? RefitInterface(i) : Generator == SmarterProctoring ? OurInterface(i) : OurInterfaceWithoutSids(i);
            trees.Add(CSharpSyntaxTree.ParseText(source, s_parseOptions, path: "Api" + i + ".cs"));
        }

        _trees = [.. trees];
        Assembly attributes = Ours ? typeof(PutAttribute).Assembly : typeof(Refit.PutAttribute).Assembly;
        _references = [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(attributes.Location)];
        if (Ours)
        {
            _generator = new ClientGenerator().AsSourceGenerator();
            _analyzers = [.. typeof(ClientGenerator).Assembly.GetTypes()
                .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];
        }
        else
        {
            string analyzers = Path.Combine(RefitPackage(), "analyzers", "dotnet", "roslyn4.8", "cs");
            var loader = new LoadFromLoader();
            _generator = new AnalyzerFileReference(Path.Combine(analyzers, "InterfaceStubGeneratorV2.dll"), loader)
                .GetGenerators(LanguageNames.CSharp).Single();
            _analyzers = new AnalyzerFileReference(Path.Combine(analyzers, "Refit.Analyzers.dll"), loader).GetAnalyzers(LanguageNames.CSharp);
            _options = new BuildProperties(new Dictionary<string, string>
            {
                ["build_property.RefitInternalNamespace"] = "Bench",
                ["build_property.RefitGeneratedRequestBuilding"] = "true",
                ["build_property.RefitEmitGeneratedCodeMarkers"] = "true",
            });
        }

        // Both generators must really write their clients, or the comparison means nothing.
        GeneratorDriverRunResult result = NewDriver().RunGenerators(NewCompilation()).GetRunResult();
        int minimum = Ours ? Interfaces : 2;
        if (result.GeneratedTrees.Length < minimum || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException(Generator + " generated " + result.GeneratedTrees.Length + " files: "
                + string.Join("; ", result.Diagnostics.Select(d => d.ToString())));
        }

        int generatedLength = result.GeneratedTrees.Sum(t => t.Length);
        Console.WriteLine("// " + Generator + ": " + result.GeneratedTrees.Length + " generated files, " + generatedLength + " characters");
    }

    protected void SetupFresh() => _compilation = Prepare(NewCompilation());

    protected GeneratorDriver RunFresh() => NewDriver().RunGenerators(_compilation);

    protected GeneratorDriver RunEdited() => _driver.RunGenerators(_edited);

    /// <summary>The project with its generated code, as the IDE shows it to analyzers.</summary>
    protected void SetupGenerated()
    {
        NewDriver().RunGeneratorsAndUpdateCompilation(Prepare(NewCompilation()), out Compilation output, out _);
        _compilation = Prepare(output);
    }

    protected ImmutableArray<Diagnostic> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var analysis = new CompilationWithAnalyzers(_compilation, analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], _options ?? new BuildProperties([])), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
        ImmutableArray<Diagnostic> diagnostics = analysis.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

        // Roslyn's own account of the time spent in the analyzers' callbacks, without the binding they share.
        foreach (DiagnosticAnalyzer analyzer in analyzers)
        {
            _analyzerTime += analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
        }

        _analyses++;
        return diagnostics;
    }

    private TimeSpan _analyzerTime;
    private int _analyses;

    [GlobalCleanup]
    public void ReportAnalyzerTime()
    {
        if (_analyses > 0)
        {
            Console.WriteLine("// " + Generator + ": analyzers' own callbacks (Roslyn telemetry), mean of " + _analyses + " runs: "
                + (_analyzerTime.TotalMilliseconds / _analyses).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " ms");
        }
    }

    protected void SetupEdit(Func<Compilation, Compilation> edit)
    {
        // The IDE holds the previous snapshot while it computes the next one; so does this field.
        _original = Prepare(NewCompilation());
        _driver = NewDriver().RunGenerators(_original);
        _edited = Prepare(edit(_original));
    }

    private Compilation Prepare(Compilation compilation)
    {
        if (PreBound)
        {
            _ = compilation.GetDiagnostics();
        }

        return compilation;
    }

    /// <summary>
    /// A compilation of freshly parsed trees: nothing in it is shared with an earlier iteration, so no generator can
    /// recognise a tree it has seen (as when the command-line compiler starts, or a project is first opened).
    /// </summary>
    private CSharpCompilation NewCompilation() => CSharpCompilation.Create(
        "Bench",
        _trees.Select(tree => CSharpSyntaxTree.ParseText(tree.GetText(), s_parseOptions, tree.FilePath)),
        _references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private CSharpGeneratorDriver NewDriver() => CSharpGeneratorDriver.Create([_generator], parseOptions: s_parseOptions, optionsProvider: _options);

    /// <summary>The same ten calls for each library: ours with its partial interface and SID attributes, Refit's with neither.</summary>
    private static string OurInterface(int index) =>
        Interface(index, "using SmarterProctoring.Declarative;", "public partial interface IApi", "[Sid(\"AI\")] ", "[Sid(\"IT\")] ");

    /// <summary>Ours on Refit's method shapes exactly: the partial interface, no SID attributes.</summary>
    private static string OurInterfaceWithoutSids(int index) =>
        Interface(index, "using SmarterProctoring.Declarative;", "public partial interface IApi", string.Empty, string.Empty);

    private static string RefitInterface(int index) => Interface(index, "using Refit;", "public interface IApi", string.Empty, string.Empty);

    private static string Interface(int index, string attributes, string declaration, string installSid, string itemSid)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using System.Threading;");
        builder.AppendLine("using System.Threading.Tasks;");
        builder.AppendLine(attributes);
        builder.AppendLine("namespace Bench;");
        builder.AppendLine("public sealed record Item" + index + "(string Name, int Count);");
        builder.AppendLine(declaration + index);
        builder.AppendLine("{");
        for (int m = 0; m < MethodsPerInterface; m++)
        {
            builder.AppendLine("    [Put(\"/v1/installs/{installSid}/items" + m + "/{itemSid}\")]");
            builder.AppendLine("    Task<Item" + index + "> Put" + m + "Async(" + installSid + "string installSid, " + itemSid + "string itemSid, [Body] Item" + index
                + " item, [Query] int? limit, CancellationToken cancellationToken = default);");
        }

        return builder.AppendLine("}").ToString();
    }

    /// <summary>
    /// Every method called once, with constant SIDs, as an application calls its clients: the call sites the
    /// analyzers check (the same source for both libraries).
    /// </summary>
    private static string Callers()
    {
        var builder = new StringBuilder();
        builder.AppendLine("using System.Threading.Tasks;");
        builder.AppendLine("namespace Bench;");
        builder.AppendLine("public static class Callers");
        builder.AppendLine("{");
        for (int i = 0; i < Interfaces; i++)
        {
            builder.AppendLine("    public static async Task Call" + i + "Async(IApi" + i + " api)");
            builder.AppendLine("    {");
            for (int m = 0; m < MethodsPerInterface; m++)
            {
                builder.AppendLine("        await api.Put" + m + "Async(\"AI0123456789abcdef0123456789abcdef\", \"IT0123456789abcdef0123456789abcde" + (m % 10) + "\", new Item" + i + "(\"n\", " + m + "), " + m + ");");
            }

            builder.AppendLine("    }");
        }

        return builder.AppendLine("}").ToString();
    }

    /// <summary>The Refit package folder, recorded at build time from the package reference.</summary>
    private static string RefitPackage() =>
        typeof(IdeScaleBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RefitPackage").Value
        ?? throw new InvalidOperationException("The Refit package folder was not recorded at build time.");

    /// <summary>The build properties a project passes to analyzers (<c>CompilerVisibleProperty</c>).</summary>
    private sealed class BuildProperties(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }

    /// <summary>Registers what this project's analyzers register, and does nothing.</summary>
    protected sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor s_never = new("FLOOR001", "Never reported", "Never reported", "Floor", DiagnosticSeverity.Hidden, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [s_never];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(static _ => { }, SymbolKind.Property);
            context.RegisterOperationAction(static _ => { }, OperationKind.Invocation, OperationKind.SimpleAssignment);
            context.RegisterSyntaxNodeAction(static _ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.Attribute);
        }
    }

    /// <summary>Loads an analyzer assembly by path, for the Refit generator and analyzers.</summary>
    private sealed class LoadFromLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
