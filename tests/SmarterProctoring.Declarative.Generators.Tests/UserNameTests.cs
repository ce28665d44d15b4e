using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SmarterProctoring.Declarative.Generators.Tests;

/// <summary>
/// A user's names never collide with the generated code's: members are qualified or reserved, and identifiers
/// taken from user code are escaped. Each source here broke the generated code before.
/// </summary>
public sealed class UserNameTests
{
    private static IReadOnlyList<string> Compile(string models, string methods)
    {
        string source = "using System.Collections.Generic;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing SmarterProctoring.Declarative;\n\nnamespace Test\n{\n"
            + models + "\n\n    public partial interface ITestApi\n    {\n" + methods + "\n    }\n}\n";
        (GeneratorDriverRunResult result, Compilation output) = GeneratorHarness.Run(source);
        Assert.Single(result.Results.Single().GeneratedSources);
        return [.. GeneratorHarness.Problems(output).Select(d => d.ToString())];
    }

    [Fact]
    public void Body_properties_named_like_keywords_are_escaped_in_the_generated_json_context() =>
        Assert.Empty(Compile(
            "public sealed class Happening { public string? @event { get; set; } public int @class { get; init; } public bool @default { get; set; } }",
            "[Post(\"/v1/happenings\")] Task<Happening> CreateAsync([Body] Happening body, CancellationToken cancellationToken = default);"));

    [Fact]
    public void Constructor_parameters_named_like_keywords_are_escaped_in_the_generated_json_context() =>
        Assert.Empty(Compile(
            "public sealed record Happening(string @event, int @class);",
            "[Get(\"/v1/happenings\")] Task<Happening> GetAsync(CancellationToken cancellationToken = default);"));

    [Fact]
    public void Model_types_named_like_the_contexts_own_members_get_names_of_their_own() =>
        Assert.Empty(Compile(
            "public sealed class Options { public int A { get; set; } }\npublic sealed class Default { public int B { get; set; } }\npublic sealed class GetTypeInfo { public int C { get; set; } }",
            "[Get(\"/v1/o\")] Task<Options> GetOptionsAsync(CancellationToken cancellationToken = default);\n"
            + "[Get(\"/v1/d\")] Task<Default> GetDefaultAsync(CancellationToken cancellationToken = default);\n"
            + "[Get(\"/v1/g\")] Task<GetTypeInfo> GetInfoAsync(CancellationToken cancellationToken = default);"));

    [Theory]
    [InlineData("Foo", "FooProperties")]
    [InlineData("FooProperties", "Foo")]
    [InlineData("Foo", "FooParameters")]
    public void A_model_named_like_another_models_generated_helper_gets_a_name_of_its_own(string first, string second) =>
        Assert.Empty(Compile(
            "public sealed record " + first + "(int A);\npublic sealed record " + second + "(int B);",
            "[Get(\"/v1/a\")] Task<" + first + "> GetFirstAsync(CancellationToken cancellationToken = default);\n"
            + "[Get(\"/v1/b\")] Task<" + second + "> GetSecondAsync(CancellationToken cancellationToken = default);"));

    [Fact]
    public void Parameters_named_like_the_clients_members_do_not_hide_them() =>
        Assert.Empty(Compile(
            "public sealed class Item { public string? Name { get; set; } }",
            "[Put(\"/v1/items/{_target}\")] Task<Item> PutAsync(string _target, [Body] Item PutAsyncRoute, [Query] int ItemJsonTypeInfo, CancellationToken cancellationToken = default);"));

    [Fact]
    public void A_member_named_like_the_generated_client_class_leaves_the_class_another_name() =>
        Assert.Empty(Compile(
            "public sealed class Item { public string? Name { get; set; } }",
            "[Get(\"/v1/items\")] Task<Item> GetAsync(CancellationToken cancellationToken = default);\nclass GeneratedClient { }"));

    [Fact]
    public void A_parameter_named_like_the_generated_client_class_does_not_hide_it() =>
        Assert.Empty(Compile(
            "public sealed class Item { public string? Name { get; set; } }",
            "[Get(\"/v1/items\")] Task<Item> GetAsync([Query] int GeneratedClient, CancellationToken cancellationToken = default);"));

    [Fact]
    public void Parameters_and_methods_named_like_the_enum_and_sid_helpers_do_not_hide_them() =>
        Assert.Empty(Compile(
            "[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<Stage>))]\n"
            + "public enum Stage { [System.Text.Json.Serialization.JsonStringEnumMemberName(\"in_progress\")] InProgress, Done }\n"
            + "public sealed class Section { [Sid(\"CU\")] public string? CourseSid { get; set; } public Section? value { get; set; } }\n"
            + "public sealed class Item { public Section? Lead { get; set; } public List<Section>? index { get; set; } }",
            "[Put(\"/v1/items/{stage}\")] Task SidChecks0([Body] Item EnumJsonName0, Stage stage, [Query] Stage SidChecks0Each, [Query] IEnumerable<Stage>? parameterName, "
            + "CancellationToken cancellationToken = default);\n"
            + "[Get(\"/v1/items\")] Task EnumJsonName0Async([Query] Stage? member, [Header(\"X-Stage\")] Stage parent, CancellationToken cancellationToken = default);"));

    [Fact]
    public void Parameters_and_page_members_named_like_the_walks_locals_and_helpers_do_not_clash() =>
        Assert.Empty(Compile(
            "public sealed class Item { public string? Name { get; set; } }\n"
            + "public sealed class Envelope { public List<Item>? @event { get; set; } public string? @class { get; set; } public int @default { get; set; } }\n"
            + "public sealed record Problem(string? Code);",
            "[Get(\"/v1/a\")] [Paged(typeof(Envelope), Items = \"event\", Next = \"class\")] [ErrorBody(typeof(Problem))]\n"
            + "IAsyncEnumerable<Item> ListAsync([Query] int? page, [Header(\"X-Link\")] string? link, [Query] string? request, [Query] string? uri, CancellationToken cancellationToken = default);\n"
            + "[Get(\"/v1/b\")] [Paged(typeof(Envelope), Items = \"event\", Total = \"default\")] [ErrorBody(typeof(Problem))]\n"
            + "IAsyncEnumerable<Envelope> ByOffsetAsync([Query, PageOffset] int offset, [Query] int? ErrorBodies0, [Header(\"X-Uri\")] string? uri, CancellationToken page = default);\n"
            + "[Get(\"/v1/c\")] [ErrorBody(typeof(Problem), Status = 404)]\n"
            + "IAsyncEnumerable<Item> StreamAsync([Query] string? link, [Query] string? request, [Header(\"X-Offset\")] string? offset, CancellationToken cancellationToken = default);"));
}
