using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SmarterProctoring.Declarative.Generators.Tests;

/// <summary>
/// Each type's JSON description is built once per compilation and shared by every interface that reaches it; what
/// depends on the interface (the member names of its context, the path in a problem's message) is not shared.
/// </summary>
public sealed class JsonDescriptionSharingTests
{
    private const string Models = """
        using System.Collections.Generic;

        namespace Test;

        public sealed class Note
        {
            public string? Text { get; set; }
            public List<Tag> Tags { get; set; } = new();
        }

        public sealed class Tag
        {
            public string? Name { get; set; }
        }
        """;

    private static string Api(string name) => """
        using System.Threading;
        using System.Threading.Tasks;
        using SmarterProctoring.Declarative;

        namespace Test;

        public partial interface I
        """ + name + """
        Api
        {
            [Put("/v1/notes")]
            Task<Note> PutAsync([Body] Note note, CancellationToken cancellationToken = default);
        }
        """;

    [Fact]
    public void Interfaces_that_share_models_describe_each_type_once()
    {
        int before = JsonContextParser.DescriptionsOnThisThread;
        string one = Run(GeneratorHarness.Compile(Api("Notes"), Models));
        int alone = JsonContextParser.DescriptionsOnThisThread - before;

        before = JsonContextParser.DescriptionsOnThisThread;
        string three = Run(GeneratorHarness.Compile(Api("Notes"), Api("Drafts"), Api("Archive"), Models));
        int shared = JsonContextParser.DescriptionsOnThisThread - before;

        Assert.True(alone >= 4, "Note, List<Tag>, Tag and string are described; counted " + alone);
        Assert.Equal(alone, shared);

        // Every context still lists every type, under its own member names.
        Assert.Equal(3, CountOf(three, "JsonTypeInfo<global::Test.Tag> Tag"));
        Assert.Equal(1, CountOf(one, "JsonTypeInfo<global::Test.Tag> Tag"));
    }

    [Fact]
    public void A_shared_type_that_cannot_be_described_is_reported_with_each_interface_s_own_path()
    {
        const string models = """
            namespace Test;

            public sealed class Inner { public object? Thing { get; set; } }
            public sealed class First { public Inner? Left { get; set; } }
            public sealed class Second { public Inner? Right { get; set; } }
            """;
        const string apis = """
            using System.Threading;
            using System.Threading.Tasks;
            using SmarterProctoring.Declarative;

            namespace Test;

            public partial interface IFirstApi
            {
                [Put("/v1/first")]
                Task PutAsync([Body] First body, CancellationToken cancellationToken = default);
            }

            public partial interface ISecondApi
            {
                [Put("/v1/second")]
                Task PutAsync([Body] Second body, CancellationToken cancellationToken = default);
            }
            """;

        GeneratorRunResult run = GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.Compile(apis, models)).GetRunResult().Results.Single();

        string[] messages = [.. run.Diagnostics.Where(d => d.Id == "SPD3001").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Equal(2, messages.Length);
        Assert.Contains(messages, m => m.Contains("First.Left.Thing has type object", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Second.Right.Thing has type object", StringComparison.Ordinal));
    }

    private static string Run(Compilation compilation)
    {
        GeneratorRunResult run = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return string.Concat(run.GeneratedSources.Select(s => s.SourceText.ToString()));
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
