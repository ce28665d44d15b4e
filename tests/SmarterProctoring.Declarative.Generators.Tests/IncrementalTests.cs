using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace SmarterProctoring.Declarative.Generators.Tests;

/// <summary>Edits that do not change an interface must leave every tracked step cached.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] s_trackedSteps = [TrackingNames.InterfaceResult, TrackingNames.InterfaceSpec];

    [Fact]
    public void Adding_an_unrelated_file_leaves_every_tracked_step_cached()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = RunOnce(Sources.ExamConfigurationsApi);

        CSharpCompilation edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Other { public class Unrelated { public int Value => 42; } }", GeneratorHarness.ParseOptions));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllOutputs(second, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_a_method_body_in_another_type_leaves_every_tracked_step_cached()
    {
        const string helper = "namespace Other { public static class Helper { public static int Compute() => 1; } }";
        (GeneratorDriver driver, CSharpCompilation compilation) = RunOnce(Sources.ExamConfigurationsApi, helper);

        SyntaxTree oldTree = compilation.SyntaxTrees.Single(t => t.ToString() == helper);
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(
            oldTree,
            CSharpSyntaxTree.ParseText(helper.Replace("=> 1;", "=> 2 + 3;", System.StringComparison.Ordinal), GeneratorHarness.ParseOptions));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllOutputs(second, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Changing_a_route_modifies_the_interface_model()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = RunOnce(Sources.ExamConfigurationsApi);

        SyntaxTree oldTree = compilation.SyntaxTrees.First();
        string changed = Sources.ExamConfigurationsApi.Replace("/configurations/{examConfigurationSid}\")]\n        Task<ExamConfiguration> GetAsync", "/configs/{examConfigurationSid}\")]\n        Task<ExamConfiguration> GetAsync", System.StringComparison.Ordinal);
        Assert.NotEqual(Sources.ExamConfigurationsApi, changed);
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(oldTree, CSharpSyntaxTree.ParseText(changed, GeneratorHarness.ParseOptions));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        IEnumerable<IncrementalStepRunReason> reasons = second.TrackedSteps[TrackingNames.InterfaceSpec]
            .SelectMany(step => step.Outputs).Select(output => output.Reason);
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains("/configs/", Assert.Single(second.GeneratedSources).SourceText.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_problem_an_unrelated_edit_leaves_the_source_cached_and_still_reports_the_problem()
    {
        // The stand-in context lacks the types, so the parse reports SPD3003 on both calls.
        CSharpCompilation compilation = GeneratorHarness.Compile(Sources.ExamConfigurationsApi, GeneratorHarness.JsonContextSource);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        Assert.Contains(driver.GetRunResult().Diagnostics, d => d.Id == "SPD3003");

        CSharpCompilation edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Other { public class Unrelated { } }", GeneratorHarness.ParseOptions));
        GeneratorDriverRunResult second = driver.RunGenerators(edited).GetRunResult();

        Assert.All(second.Results.Single().TrackedSteps[TrackingNames.InterfaceSpec].SelectMany(s => s.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Diagnostic reported = Assert.Single(second.Diagnostics, d => d.Id == "SPD3003" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'GetAsync'", System.StringComparison.Ordinal));
        Assert.Same(edited.SyntaxTrees.First(), reported.Location.SourceTree);
    }

    /// <summary>A stand-in context that lists every type of <see cref="Sources.ExamConfigurationsApi"/>, so the parse has nothing to report.</summary>
    private const string CompleteJsonContextSource = """
        namespace Test
        {
            [global::System.Text.Json.Serialization.JsonSerializable(typeof(global::SmarterProctoring.Client.UpdateExamConfigurationRequest))]
            [global::System.Text.Json.Serialization.JsonSerializable(typeof(global::SmarterProctoring.Client.ExamConfiguration))]
            public sealed class TestJsonContext : global::System.Text.Json.Serialization.JsonSerializerContext
            {
                public TestJsonContext() : base(null) { }
                public static TestJsonContext Default { get; } = new();
                protected override global::System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
                public override global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type) => null;
            }
        }
        """;

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) RunOnce(params string[] sources)
    {
        CSharpCompilation compilation = GeneratorHarness.Compile([.. sources, CompleteJsonContextSource]);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        Assert.Single(driver.GetRunResult().Results.Single().GeneratedSources);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (driver, compilation);
    }

    private static void AssertAllOutputs(GeneratorRunResult result, params IncrementalStepRunReason[] allowed)
    {
        foreach (string stepName in s_trackedSteps)
        {
            Assert.True(result.TrackedSteps.TryGetValue(stepName, out ImmutableArray<IncrementalGeneratorRunStep> steps), "no step named " + stepName);
            foreach (IncrementalGeneratorRunStep step in steps)
            {
                foreach ((object _, IncrementalStepRunReason reason) in step.Outputs)
                {
                    Assert.True(allowed.Contains(reason), stepName + " output was " + reason);
                }
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }
}
