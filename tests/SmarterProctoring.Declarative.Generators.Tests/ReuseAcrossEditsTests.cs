using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace SmarterProctoring.Declarative.Generators.Tests;

/// <summary>
/// The parse of an interface is reused on a compilation that declares the same things (an edit inside a method
/// body elsewhere) and redone on any edit that could change what it reads. Reuse is observed by the parser's count
/// of parses on the test's thread (the driver runs transforms on the caller's thread); the declaration edits also
/// change the generated code, so a stale result would be caught by its output as well.
/// </summary>
public sealed class ReuseAcrossEditsTests
{
    private const string Api = """
        using System.Threading;
        using System.Threading.Tasks;
        using SmarterProctoring.Declarative;

        namespace Test;

        public partial interface INotesApi
        {
            [Put(Routes.Notes)]
            Task<Note> PutAsync([Body] Note note, CancellationToken cancellationToken = default);
        }
        """;

    private const string Models = """
        namespace Test;

        public sealed class Note
        {
            public string? Text { get; set; }
        }

        public static class Routes
        {
            public const string Notes = "/v1/notes";
        }

        public static class Worker
        {
            public static int Compute(int value)
            {
                return value + 1;
            }
        }
        """;

    [Fact]
    public void An_edit_inside_a_method_body_in_another_file_reuses_the_parse()
    {
        (GeneratorDriver driver, CSharpCompilation compilation, int first) = RunOnce();

        CSharpCompilation edited = Edit(compilation, "return value + 1;", "return value * 2 + 1;");
        (_, int second, string output) = Run(driver, edited);

        Assert.Equal(first, second);
        Assert.Contains("\"/v1/notes\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public string? Text { get; set; }", "public int Text { get; set; }", "JsonTypeInfo<int>")]
    [InlineData("public const string Notes = \"/v1/notes\";", "public const string Notes = \"/v2/notes\";", "\"/v2/notes\"")]
    [InlineData("public string? Text { get; set; }", "public string? Text { get; set; }\n    public int Pages { get; set; }", "\"Pages\"")]
    public void An_edit_to_a_declaration_in_another_file_parses_again_and_changes_the_output(string before, string after, string expected)
    {
        (GeneratorDriver driver, CSharpCompilation compilation, int first) = RunOnce();

        CSharpCompilation edited = Edit(compilation, before, after);
        (_, int second, string output) = Run(driver, edited);

        Assert.Equal(first + 1, second);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directive_added_inside_a_body_parses_again()
    {
        // '#nullable disable' inside a body changes the nullable context of every declaration after it.
        (GeneratorDriver driver, CSharpCompilation compilation, int first) = RunOnce();

        CSharpCompilation edited = Edit(compilation, "return value + 1;", "#nullable disable\n        return value + 1;");
        (_, int second, _) = Run(driver, edited);

        Assert.Equal(first + 1, second);
    }

    [Fact]
    public void A_new_file_or_new_references_parse_again()
    {
        (GeneratorDriver driver, CSharpCompilation compilation, int first) = RunOnce();

        (_, int added, _) = Run(driver, compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other { public class Unrelated { } }", GeneratorHarness.ParseOptions)));
        (_, int referenced, _) = Run(driver, compilation.AddReferences(CSharpCompilation.Create("Extra").ToMetadataReference()));

        Assert.Equal(first + 1, added);
        Assert.Equal(added + 1, referenced);
    }

    [Fact]
    public void A_body_edit_above_a_reported_problem_parses_again_so_the_problem_stays_where_it_is()
    {
        // SPD2021 (no CancellationToken) is reported on the method name; the body edit moves it down two lines.
        const string source = """
            using System.Threading.Tasks;
            using SmarterProctoring.Declarative;

            namespace Test;

            public static class Above
            {
                public static int Compute(int value)
                {
                    return value + 1;
                }
            }

            public partial interface IPingApi
            {
                [Get("/v1/ping")]
                Task PingAsync();
            }
            """;
        CSharpCompilation compilation = GeneratorHarness.Compile(source);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        int before = driver.GetRunResult().Diagnostics.Single(d => d.Id == "SPD2021").Location.GetLineSpan().StartLinePosition.Line;

        SyntaxTree tree = compilation.SyntaxTrees.First();
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            source.Replace("return value + 1;", "int twice = value * 2;\n        int more = twice + 1;\n        return more;", StringComparison.Ordinal))));
        Diagnostic after = driver.RunGenerators(edited).GetRunResult().Diagnostics.Single(d => d.Id == "SPD2021");

        Assert.Equal(before + 2, after.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("PingAsync", after.Location.SourceTree!.GetText().ToString(after.Location.SourceSpan));
    }

    private const string Tags = """
        using System.Threading;
        using System.Threading.Tasks;
        using SmarterProctoring.Declarative;

        namespace Test;

        public partial interface ITagsApi
        {
            [Get("/v1/tags")]
            Task<Note> ListAsync(CancellationToken cancellationToken = default);
        }
        """;

    [Fact]
    public void An_edit_to_a_method_of_one_interface_parses_only_that_interface_again()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(Api, Models, Tags);
        (GeneratorDriver driver, int first, _) = RunByFile(GeneratorHarness.CreateDriver(), compilation);

        (_, int second, var output) = RunByFile(driver, EditFile(compilation, "interface ITagsApi", "\"/v1/tags\"", "\"/v1/labels\""));

        // One transform ran: ITagsApi's one method, in the edited file. INotesApi's parse was reused, and still holds.
        Assert.Equal(first + 1, second);
        Assert.Contains("\"/v1/labels\"", output["ITagsApi"], StringComparison.Ordinal);
        Assert.Contains("\"/v1/notes\"", output["INotesApi"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public partial interface INotesApi", "public partial interface INotesApi : ITagsApi", "\"/v1/labels\"")]
    [InlineData("[Put(Routes.Notes)]", "[Put(\"/v1/\" + nameof(ITagsApi.LabelsAsync))]", "\"/v1/LabelsAsync\"")]
    public void An_interface_that_reads_the_edited_interface_is_parsed_again_and_its_output_changes(string before, string after, string expected)
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(Api.Replace(before, after, StringComparison.Ordinal), Models, Tags);
        (GeneratorDriver driver, int first, _) = RunByFile(GeneratorHarness.CreateDriver(), compilation);

        CSharpCompilation edited = EditFile(compilation, "interface ITagsApi", "\"/v1/tags\")]\n    Task<Note> ListAsync", "\"/v1/labels\")]\n    Task<Note> LabelsAsync");
        (_, int second, var output) = RunByFile(driver, edited);

        Assert.Equal(first + 2, second);
        Assert.Contains(expected, output["INotesApi"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_interface_whose_model_is_declared_beside_the_edited_interface_is_parsed_again()
    {
        const string model = "public sealed class Tag { public string? Label { get; set; } }\n";
        CSharpCompilation compilation = GeneratorHarness.Compile(Api.Replace("Note note", "Tag note", StringComparison.Ordinal), Models, Tags + model);
        (GeneratorDriver driver, int first, _) = RunByFile(GeneratorHarness.CreateDriver(), compilation);

        (_, int second, _) = RunByFile(driver, EditFile(compilation, "interface ITagsApi", "\"/v1/tags\"", "\"/v1/labels\""));

        Assert.Equal(first + 2, second);
    }

    [Fact]
    public void An_edit_to_an_interface_member_that_is_not_a_method_parses_every_interface_again()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(Api, Models, Tags);
        (GeneratorDriver driver, int first, _) = RunByFile(GeneratorHarness.CreateDriver(), compilation);

        CSharpCompilation edited = EditFile(compilation, "interface ITagsApi", "{\n    [Get", "{\n    const string Name = \"tags\";\n\n    [Get");
        (_, int second, _) = RunByFile(driver, edited);

        Assert.Equal(first + 2, second);
    }

    private static (GeneratorDriver Driver, int Parses, System.Collections.Generic.Dictionary<string, string> Output) RunByFile(GeneratorDriver driver, CSharpCompilation compilation)
    {
        driver = driver.RunGenerators(compilation);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        var output = run.GeneratedSources.ToDictionary(
            s => s.HintName.Contains("INotesApi", StringComparison.Ordinal) ? "INotesApi" : s.HintName.Contains("ITagsApi", StringComparison.Ordinal) ? "ITagsApi" : s.HintName,
            s => s.SourceText.ToString(),
            StringComparer.Ordinal);
        return (driver, Parser.ParsesOnThisThread, output);
    }

    private static CSharpCompilation EditFile(CSharpCompilation compilation, string marker, string before, string after)
    {
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains(marker, StringComparison.Ordinal));
        string text = tree.ToString();
        Assert.Contains(before, text, StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(before, after, StringComparison.Ordinal))));
    }

    /// <returns>The driver, the compilation, and the parses so far on this thread.</returns>
    private static (GeneratorDriver Driver, CSharpCompilation Compilation, int Parses) RunOnce()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(Api, Models);
        (GeneratorDriver driver, int parses, string output) = Run(GeneratorHarness.CreateDriver(), compilation);
        Assert.Contains("\"/v1/notes\"", output, StringComparison.Ordinal);
        return (driver, compilation, parses);
    }

    private static (GeneratorDriver Driver, int Parses, string Output) Run(GeneratorDriver driver, CSharpCompilation compilation)
    {
        driver = driver.RunGenerators(compilation);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        return (driver, Parser.ParsesOnThisThread, string.Concat(run.GeneratedSources.Select(s => s.SourceText.ToString())));
    }

    private static CSharpCompilation Edit(CSharpCompilation compilation, string before, string after)
    {
        SyntaxTree models = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class Worker", StringComparison.Ordinal));
        string text = models.ToString();
        Assert.Contains(before, text, StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(models, models.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(before, after, StringComparison.Ordinal))));
    }
}
