using System;
using System.Linq;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>The smallest sources that show a rule: an interface in a file with the usual usings and a JSON context.</summary>
internal static class Sources
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using SmarterProctoring.Declarative;
        """;

    /// <summary>
    /// A stand-in JSON context: it compiles without System.Text.Json's generator, and the analyzers only read its
    /// <c>[JsonSerializable]</c> attributes.
    /// </summary>
    public const string Models = """
        public sealed class Item
        {
            public string? Name { get; set; }
        }

        [JsonSerializable(typeof(Item))]
        [JsonSerializable(typeof(List<Item>))]
        public partial class TestJsonContext : JsonSerializerContext
        {
            public TestJsonContext() : base(null) { }
            public static TestJsonContext Default { get; } = new();
            protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
            public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(Type type) => null;
        }
        """;

    /// <summary>A file declaring <c>ITestApi</c> with <paramref name="members"/>, in namespace <c>Test</c>.</summary>
    public static string Api(string members, string attributes = "[JsonContext(typeof(TestJsonContext))]", string declaration = "public partial interface ITestApi") => $$"""
        {{Usings}}

        namespace Test;

        {{Models}}

        {{attributes}}
        {{declaration}}
        {
        {{Indent(members)}}
        }
        """;

    /// <summary>A client with one call, <c>GetAsync</c>, and a class that calls it with <paramref name="call"/>.</summary>
    public static string Call(string member, string call) => Api(member) + $$"""


        public static class Caller
        {
            public static async Task RunAsync(ITestApi api)
            {
                {{call}}
            }
        }
        """;

    private static string Indent(string text) =>
        string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
}
