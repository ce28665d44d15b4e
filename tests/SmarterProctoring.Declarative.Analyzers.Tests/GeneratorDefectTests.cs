using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SmarterProctoring.Declarative.Analyzers.Tests;

/// <summary>
/// Declarations at the edge of what the generator handles. For each, the generated code must compile without errors
/// or warnings. The skipped rows are generator defects found while writing the analyzers (the generator belongs to
/// another change, so they are reported rather than fixed here); each skip says what breaks. Every defect that comes
/// from a declaration the analyzers reject is also asserted to be reported as an error, so users see a clear
/// message instead of the broken generated code.
/// </summary>
public sealed class GeneratorDefectTests
{
    private const string Defect = "Generator defect (see the analyzers' report): ";

    private static readonly Dictionary<string, (string Source, string? AnalyzerId)> s_cases = new()
    {
        ["ref parameter"] = (Api("[Get(\"/v1/items\")] Task GetAsync([Query] ref int page, CancellationToken cancellationToken = default);"), "SPD2005"),
        ["out parameter"] = (Api("[Get(\"/v1/items\")] Task GetAsync([Query] out int page, CancellationToken cancellationToken = default);"), "SPD2005"),
        ["generic method"] = (Api("[Get(\"/v1/items\")] Task<T> GetAsync<T>(CancellationToken cancellationToken = default);"), "SPD2006"),
        ["line separator in a route"] = (Api("[Get(\"/v1/a\\u2028b\")] Task GetAsync(CancellationToken cancellationToken = default);"), "SPD1012"),
        ["line separator in a header name"] = (Api("[Get(\"/v1/a\")] Task GetAsync([Header(\"X\\u2028Y\")] string h, CancellationToken cancellationToken = default);"), "SPD2017"),
        ["line separator in a query name"] = (Api("[Get(\"/v1/a\")] Task GetAsync([Query(\"a\\u2029b\")] string q, CancellationToken cancellationToken = default);"), null),
        ["member named Create(HttpClient)"] = (Api("[Get(\"/v1/a\")] Task GetAsync(CancellationToken cancellationToken = default);\nstatic ITestApi Create(System.Net.Http.HttpClient client) => null!;"), "SPD2016"),
        ["member named GeneratedClient"] = (Api("[Get(\"/v1/a\")] Task GetAsync(CancellationToken cancellationToken = default);\nclass GeneratedClient { }"), "SPD2016"),
        ["member named JsonContext"] = (Sources.Api("[Get(\"/v1/a\")] Task<Item> GetAsync(CancellationToken cancellationToken = default);\nstatic string JsonContext => \"a\";", attributes: string.Empty), "SPD2016"),
        ["sid on an object body"] = (Api("[Post(\"/v1/a\")] Task CreateAsync([Body][Sid(\"IT\")] Item item, CancellationToken cancellationToken = default);"), "SPD2024"),
        ["placeholder naming the cancellation token"] = (Api("[Get(\"/v1/{ct}\")] Task GetAsync(CancellationToken ct);"), "SPD2020"),
        ["nullable number in the path"] = (Api("[Get(\"/v1/{version}\")] Task GetAsync(int? version, CancellationToken cancellationToken = default);"), "SPD2020"),
        ["file-local interface"] = (Sources.Api("[Get(\"/v1/a\")] Task<Item> GetAsync(CancellationToken cancellationToken = default);", declaration: "file partial interface ITestApi"), "SPD2025"),
        ["json context naming a model"] = (Sources.Api("[Get(\"/v1/a\")] Task<Item> GetAsync(CancellationToken cancellationToken = default);", attributes: "[JsonContext(typeof(Item))]"), "SPD3002"),
        ["client inheriting a client"] = (
            Sources.Api("[Get(\"/v1/a\")] Task<Item> GetAsync(CancellationToken cancellationToken = default);", declaration: "public partial interface ITestApi : IBaseApi")
                + "\n\npublic partial interface IBaseApi\n{\n    [Get(\"/v1/health\")]\n    Task PingAsync(CancellationToken cancellationToken = default);\n}\n",
            null),
        ["enum in the path"] = (Api("[Get(\"/v1/{day}\")] Task GetAsync(DayOfWeek day, CancellationToken cancellationToken = default);"), null),
        ["keyword names"] = (Api("[Get(\"/v1/{class}\")] Task @event(string @class, [Query] string @int, CancellationToken @params = default);"), null),
        ["parameters named like locals"] = (Api("[Post(\"/v1/{request}\")] Task<Item> SendAsync(string request, [Query] string response, [Query] string uri, [Body] Item request2, CancellationToken cancellationToken = default);"), null),
        ["parameter named like the client field"] = (Api("[Get(\"/v1/a\")] Task GetAsync([Query] string _httpClient, CancellationToken cancellationToken = default);"), null),
        ["interface in the global namespace"] = (
            Sources.Usings + "\n\n[JsonContext(typeof(GlobalJsonContext))]\npublic partial interface IGlobalApi\n{\n    [Get(\"/v1/a\")]\n    Task<string> GetAsync(CancellationToken cancellationToken = default);\n}\n\n"
                + "public partial class GlobalJsonContext : JsonSerializerContext\n{\n    public GlobalJsonContext() : base(null) { }\n    public static GlobalJsonContext Default { get; } = new();\n"
                + "    protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;\n    public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(Type type) => null;\n}\n",
            null),
        ["interface nested in a record struct"] = (
            Sources.Usings + "\n\nnamespace Test;\n\n" + Sources.Models + "\n\npublic readonly partial record struct Outer\n{\n    [JsonContext(typeof(TestJsonContext))]\n    internal partial interface ITestApi\n    {\n        [Get(\"/v1/a\")]\n        ValueTask<ApiResponse<Item>> GetAsync([Query] Guid? id, CancellationToken cancellationToken = default);\n    }\n}\n",
            null),
    };

    [Theory]
    [InlineData("ref parameter", Skip = Defect + "the implementation drops 'ref', so it implements nothing (CS0535, CS0539)")]
    [InlineData("out parameter", Skip = Defect + "the implementation drops 'out', so it implements nothing (CS0535, CS0539)")]
    [InlineData("generic method", Skip = Defect + "the implementation drops the type parameters (CS0246, CS0535)")]
    [InlineData("line separator in a route", Skip = Defect + "U+2028 is written raw into the NotSupportedException message literal (CS1010)")]
    [InlineData("line separator in a header name", Skip = Defect + "U+2028 is written raw into the header-name literal (CS1010)")]
    [InlineData("line separator in a query name", Skip = Defect + "U+2029 is written raw into the query-name literal (CS1010)")]
    [InlineData("member named Create(HttpClient)", Skip = Defect + "the generated factory duplicates the member (CS0111)")]
    [InlineData("member named GeneratedClient", Skip = Defect + "the generated class duplicates the member (CS0102)")]
    [InlineData("member named JsonContext", Skip = Defect + "the generated JSON context class duplicates the member (CS0102)")]
    [InlineData("sid on an object body", Skip = Defect + "the SID check is written for the body object (CS1503)")]
    [InlineData("placeholder naming the cancellation token", Skip = Defect + "the token is formatted into the path (CS0315)")]
    [InlineData("nullable number in the path", Skip = Defect + "FormatPathValue<T> is called with int? (CS0313)")]
    [InlineData("file-local interface", Skip = Defect + "the generated part is not file-local, so it is another type (CS0539)")]
    [InlineData("json context naming a model", Skip = Defect + "the generated code calls Item.Default (CS0117)")]
    [InlineData("client inheriting a client", Skip = Defect + "the derived Create hides the base Create without 'new' (warning CS0108, an error under warnings-as-errors)")]
    [InlineData("enum in the path")]
    [InlineData("keyword names")]
    [InlineData("parameters named like locals")]
    [InlineData("parameter named like the client field")]
    [InlineData("interface in the global namespace")]
    [InlineData("interface nested in a record struct")]
    public void Generated_code_compiles_without_errors_or_warnings(string name)
    {
        Compilation input = AnalyzerHarness.Compile(s_cases[name].Source);
        Assert.Empty(AnalyzerHarness.CompilerErrors(input));

        (Compilation output, GeneratorDriverRunResult result, ImmutableArray<Diagnostic> diagnostics) = GeneratorRun.Run(input);

        Assert.Empty(diagnostics);
        Assert.NotEmpty(Assert.Single(result.Results).GeneratedSources);
        Assert.Empty(GeneratorRun.InGeneratedCode(input, output, output.GetDiagnostics(), DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    public static TheoryData<string> DefectsTheAnalyzersReport() => [.. s_cases.Where(c => c.Value.AnalyzerId is not null).Select(c => c.Key)];

    [Theory]
    [MemberData(nameof(DefectsTheAnalyzersReport))]
    public async Task Declaration_that_breaks_the_generated_code_is_an_analyzer_error_or_warning(string name)
    {
        (string source, string? id) = s_cases[name];
        ImmutableArray<Diagnostic> diagnostics = await AnalyzerHarness.AnalyzeAsync(AnalyzerHarness.Compile(source));

        Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        Assert.True(diagnostic.Severity >= DiagnosticSeverity.Warning);
    }

    private static string Api(string members) => Sources.Api(members);
}
