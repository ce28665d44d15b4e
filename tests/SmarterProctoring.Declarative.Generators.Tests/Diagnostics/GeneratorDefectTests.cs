using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>
/// Declarations at the edge of what the generator handles. For each, the generated code must compile without errors
/// or warnings (a declaration the generator cannot implement becomes a method that throws, saying why). Each row
/// began as a generator defect found while writing the analyzers. Every declaration the analyzers reject is also
/// asserted to be reported, so users see a clear message rather than a method that throws.
/// </summary>
public sealed class GeneratorDefectTests
{
    private static readonly Dictionary<string, (string Source, string? AnalyzerId)> s_cases = new()
    {
        ["ref parameter"] = (Api("[Get(\"/v1/items\")] Task GetAsync([Query] ref int page, CancellationToken cancellationToken = default);"), "SPD2005"),
        ["out parameter"] = (Api("[Get(\"/v1/items\")] Task GetAsync([Query] out int page, CancellationToken cancellationToken = default);"), "SPD2005"),
        ["generic method"] = (Api("[Get(\"/v1/items\")] Task<T> GetAsync<T>(CancellationToken cancellationToken = default);"), "SPD2006"),
        ["line separator in a route"] = (Api("[Get(\"/v1/a\\u2028b\")] Task GetAsync(CancellationToken cancellationToken = default);"), "SPD1012"),
        ["line separator in a header name"] = (Api("[Get(\"/v1/a\")] Task GetAsync([Header(\"X\\u2028Y\")] string h, CancellationToken cancellationToken = default);"), "SPD2017"),
        ["line separator in a query name"] = (Api("[Get(\"/v1/a\")] Task GetAsync([Query(\"a\\u2029b\")] string q, CancellationToken cancellationToken = default);"), null),
        ["member named Create(HttpClient)"] = (Api("[Get(\"/v1/a\")] Task GetAsync(CancellationToken cancellationToken = default);\nstatic ITestApi Create(System.Net.Http.HttpClient client) => null!;"), "SPD2016"),
        ["member named GeneratedClient"] = (Api("[Get(\"/v1/a\")] Task GetAsync(CancellationToken cancellationToken = default);\nclass GeneratedClient { }"), null),
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
    [InlineData("ref parameter")]
    [InlineData("out parameter")]
    [InlineData("generic method")]
    [InlineData("line separator in a route")]
    [InlineData("line separator in a header name")]
    [InlineData("line separator in a query name")]
    [InlineData("member named Create(HttpClient)")]
    [InlineData("member named GeneratedClient")]
    [InlineData("member named JsonContext")]
    [InlineData("sid on an object body")]
    [InlineData("placeholder naming the cancellation token")]
    [InlineData("nullable number in the path")]
    [InlineData("json context naming a model")]
    [InlineData("client inheriting a client")]
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

        Assert.All(diagnostics, d => Assert.StartsWith("SPD", d.Id, System.StringComparison.Ordinal));
        Assert.NotEmpty(Assert.Single(result.Results).GeneratedSources);
        Assert.Empty(GeneratorRun.InGeneratedCode(input, output, output.GetDiagnostics(), DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public void A_file_local_interface_is_skipped_because_no_other_file_can_extend_it()
    {
        Compilation input = AnalyzerHarness.Compile(s_cases["file-local interface"].Source);

        (Compilation output, GeneratorDriverRunResult result, ImmutableArray<Diagnostic> diagnostics) = GeneratorRun.Run(input);

        Assert.Equal("SPD2025", Assert.Single(diagnostics).Id);
        Assert.Empty(Assert.Single(result.Results).GeneratedSources);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
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
