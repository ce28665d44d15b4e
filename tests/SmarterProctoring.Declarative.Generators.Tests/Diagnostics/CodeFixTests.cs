using System.Threading.Tasks;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>Every code fix, asserted on the exact text it writes.</summary>
public sealed class CodeFixTests
{
    private const string Header = """
        using System.Threading;
        using System.Threading.Tasks;
        using SmarterProctoring.Declarative;

        namespace Test;

        """;

    [Fact]
    public Task Angle_bracket_placeholder_is_rewritten_with_braces() =>
        Verify.CodeFixAsync(
            Header + """
                public partial interface ITestApi
                {
                    [Get("/v1/items/<itemId>/copies")]
                    Task GetAsync(string itemId, CancellationToken cancellationToken = default);
                }
                """,
            "SPD1009",
            Header + """
                public partial interface ITestApi
                {
                    [Get("/v1/items/{itemId}/copies")]
                    Task GetAsync(string itemId, CancellationToken cancellationToken = default);
                }
                """);

    [Fact]
    public Task Every_foreign_placeholder_of_a_route_is_rewritten_by_fix_all() =>
        Verify.FixAllAsync(
            [Header + """
                public partial interface ITestApi
                {
                    [Get(@"/v1/installs/:installSid/items/<itemId>")]
                    Task GetAsync(string installSid, string itemId, CancellationToken cancellationToken = default);
                }
                """],
            "SPD1009",
            Header + """
                public partial interface ITestApi
                {
                    [Get(@"/v1/installs/{installSid}/items/{itemId}")]
                    Task GetAsync(string installSid, string itemId, CancellationToken cancellationToken = default);
                }
                """);

    [Fact]
    public Task Partial_is_added_after_the_other_modifiers() =>
        Verify.CodeFixAsync(
            Header + """
                public interface ITestApi
                {
                    [Get("/v1/items")]
                    Task GetAsync(CancellationToken cancellationToken = default);
                }
                """,
            "SPD2011",
            Header + """
                public partial interface ITestApi
                {
                    [Get("/v1/items")]
                    Task GetAsync(CancellationToken cancellationToken = default);
                }
                """);

    [Fact]
    public Task Partial_is_added_after_the_doc_comment_of_an_interface_without_modifiers() =>
        Verify.CodeFixAsync(
            Header + """
                /// <summary>Items.</summary>
                [System.Obsolete("Use IItemsApi.")]
                interface ITestApi
                {
                    [Get("/v1/items")]
                    Task GetAsync(CancellationToken cancellationToken = default);
                }
                """,
            "SPD2011",
            Header + """
                /// <summary>Items.</summary>
                [System.Obsolete("Use IItemsApi.")]
                partial interface ITestApi
                {
                    [Get("/v1/items")]
                    Task GetAsync(CancellationToken cancellationToken = default);
                }
                """);

    [Fact]
    public Task Every_interface_of_a_file_is_made_partial_by_fix_all() =>
        Verify.FixAllAsync(
            [Header + """
                public interface IItemsApi
                {
                    [Get("/v1/items")]
                    Task GetAsync(CancellationToken cancellationToken = default);
                }

                internal interface IOrdersApi
                {
                    [Get("/v1/orders")]
                    Task GetAsync(CancellationToken cancellationToken = default);
                }
                """],
            "SPD2011",
            Header + """
                public partial interface IItemsApi
                {
                    [Get("/v1/items")]
                    Task GetAsync(CancellationToken cancellationToken = default);
                }

                internal partial interface IOrdersApi
                {
                    [Get("/v1/orders")]
                    Task GetAsync(CancellationToken cancellationToken = default);
                }
                """);

    [Fact]
    public Task Every_containing_type_is_made_partial() =>
        Verify.CodeFixAsync(
            Header + """
                public static class Apis
                {
                    internal sealed class Internal
                    {
                        public partial interface ITestApi
                        {
                            [Get("/v1/items")]
                            Task GetAsync(CancellationToken cancellationToken = default);
                        }
                    }
                }
                """,
            "SPD2014",
            Header + """
                public static partial class Apis
                {
                    internal sealed partial class Internal
                    {
                        public partial interface ITestApi
                        {
                            [Get("/v1/items")]
                            Task GetAsync(CancellationToken cancellationToken = default);
                        }
                    }
                }
                """);

    [Fact]
    public Task Cancellation_token_is_added_to_an_empty_parameter_list() =>
        Verify.CodeFixAsync(
            Header + """
                public partial interface ITestApi
                {
                    [Get("/v1/items")]
                    Task GetAsync();
                }
                """,
            "SPD2021",
            Header + """
                public partial interface ITestApi
                {
                    [Get("/v1/items")]
                    Task GetAsync(CancellationToken cancellationToken = default);
                }
                """);

    [Fact]
    public Task Cancellation_token_follows_parameters_on_one_line() =>
        Verify.CodeFixAsync(
            Header + """
                public partial interface ITestApi
                {
                    [Get("/v1/items/{itemId}")]
                    Task GetAsync(string itemId, [Query] int? page);
                }
                """,
            "SPD2021",
            Header + """
                public partial interface ITestApi
                {
                    [Get("/v1/items/{itemId}")]
                    Task GetAsync(string itemId, [Query] int? page, CancellationToken cancellationToken = default);
                }
                """);

    [Fact]
    public Task Cancellation_token_gets_its_own_line_when_each_parameter_has_one() =>
        Verify.CodeFixAsync(
            Header + """
                public partial interface ITestApi
                {
                    [Get("/v1/items/{itemId}")]
                    Task GetAsync(
                        string itemId,
                        [Query] int? page);
                }
                """,
            "SPD2021",
            Header + """
                public partial interface ITestApi
                {
                    [Get("/v1/items/{itemId}")]
                    Task GetAsync(
                        string itemId,
                        [Query] int? page,
                        CancellationToken cancellationToken = default);
                }
                """);

    [Fact]
    public Task Cancellation_token_goes_before_a_params_array_under_a_free_name() =>
        Verify.CodeFixAsync(
            Header + """
                public partial interface ITestApi
                {
                    [Get("/v1/items")]
                    Task GetAsync([Query] string? cancellationToken, [Query] params string[] tags);
                }
                """,
            "SPD2021",
            Header + """
                public partial interface ITestApi
                {
                    [Get("/v1/items")]
                    Task GetAsync([Query] string? cancellationToken, CancellationToken cancellationToken2 = default, [Query] params string[] tags);
                }
                """);

    [Fact]
    public Task Using_directive_is_added_when_cancellation_token_is_not_in_scope() =>
        Verify.CodeFixAsync(
            """
            using SmarterProctoring.Declarative;
            using System.Threading.Tasks;

            namespace Test;

            public partial interface ITestApi
            {
                [Get("/v1/items")]
                Task GetAsync();
            }
            """,
            "SPD2021",
            """
            using SmarterProctoring.Declarative;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Test;

            public partial interface ITestApi
            {
                [Get("/v1/items")]
                Task GetAsync(CancellationToken cancellationToken = default);
            }
            """);

    [Fact]
    public Task Every_call_gets_a_cancellation_token_by_fix_all() =>
        Verify.FixAllAsync(
            [Header + """
                public partial interface ITestApi
                {
                    [Get("/v1/items")]
                    Task GetAsync();

                    [Delete("/v1/items/{itemId}")]
                    Task DeleteAsync(string itemId);
                }
                """],
            "SPD2021",
            Header + """
                public partial interface ITestApi
                {
                    [Get("/v1/items")]
                    Task GetAsync(CancellationToken cancellationToken = default);

                    [Delete("/v1/items/{itemId}")]
                    Task DeleteAsync(string itemId, CancellationToken cancellationToken = default);
                }
                """);

    private const string ContextFile = """
        using System;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Text.Json.Serialization.Metadata;

        namespace Test;

        public sealed class Item
        {
            public string? Name { get; set; }
        }

        /// <summary>JSON metadata.</summary>
        [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
        [JsonSerializable(typeof(Item))]
        public partial class TestJsonContext : JsonSerializerContext
        {
            public TestJsonContext() : base(null) { }
            protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
            public override JsonTypeInfo? GetTypeInfo(Type type) => null;
        }
        """;

    private const string ApiFile = Header + """
        [JsonContext(typeof(TestJsonContext))]
        public partial interface ITestApi
        {
            [Get("/v1/items/count")]
            Task<int?> CountAsync(CancellationToken cancellationToken = default);

            [Get("/v1/items")]
            Task<System.Collections.Generic.List<Item>> GetAllAsync(CancellationToken cancellationToken = default);
        }
        """;

    [Fact]
    public Task Missing_type_is_added_after_the_last_json_serializable_line_of_the_context() =>
        Verify.CodeFixAsync(
            [ContextFile, ApiFile.Replace("Task<int?> CountAsync", "Task<int?> [|CountAsync|]", System.StringComparison.Ordinal)],
            "SPD3003",
            ContextFile.Replace(
                "[JsonSerializable(typeof(Item))]\n",
                "[JsonSerializable(typeof(Item))]\n[JsonSerializable(typeof(int?))]\n",
                System.StringComparison.Ordinal),
            ApiFile);

    [Fact]
    public Task Every_missing_type_is_added_once_by_fix_all() =>
        Verify.FixAllAsync(
            [ContextFile, ApiFile + "\n\n[JsonContext(typeof(TestJsonContext))]\npublic partial interface IOtherApi\n{\n    [Get(\"/v1/other\")]\n    Task<int?> CountAsync(CancellationToken cancellationToken = default);\n}\n"],
            "SPD3003",
            ContextFile.Replace(
                "[JsonSerializable(typeof(Item))]\n",
                "[JsonSerializable(typeof(Item))]\n[JsonSerializable(typeof(int?))]\n[JsonSerializable(typeof(System.Collections.Generic.List<Item>))]\n",
                System.StringComparison.Ordinal),
            ApiFile + "\n\n[JsonContext(typeof(TestJsonContext))]\npublic partial interface IOtherApi\n{\n    [Get(\"/v1/other\")]\n    Task<int?> CountAsync(CancellationToken cancellationToken = default);\n}\n");

    [Fact]
    public Task First_json_serializable_line_goes_between_the_doc_comment_and_the_context() =>
        Verify.CodeFixAsync(
            [
                """
                namespace Test;

                /// <summary>JSON metadata.</summary>
                public partial class TestJsonContext : System.Text.Json.Serialization.JsonSerializerContext
                {
                    public TestJsonContext() : base(null) { }
                    protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
                    public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
                }
                """,
                Header + """
                [JsonContext(typeof(TestJsonContext))]
                public partial interface ITestApi
                {
                    [Get("/v1/items/count")]
                    Task<long> CountAsync(CancellationToken cancellationToken = default);
                }
                """,
            ],
            "SPD3003",
            """
            namespace Test;

            /// <summary>JSON metadata.</summary>
            [System.Text.Json.Serialization.JsonSerializable(typeof(long))]
            public partial class TestJsonContext : System.Text.Json.Serialization.JsonSerializerContext
            {
                public TestJsonContext() : base(null) { }
                protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
                public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
            }
            """,
            Header + """
            [JsonContext(typeof(TestJsonContext))]
            public partial interface ITestApi
            {
                [Get("/v1/items/count")]
                Task<long> CountAsync(CancellationToken cancellationToken = default);
            }
            """);
}
