using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators.Model;
using Xunit;

namespace SmarterProctoring.Declarative.Generators.Tests;

/// <summary>The model is what makes the pipeline cacheable: value equality, and nothing tied to a compilation.</summary>
public sealed class ModelTests
{
    [Fact]
    public void Two_parses_of_the_same_source_give_equal_models()
    {
        InterfaceSpec first = Parse(Sources.ExamConfigurationsApi);
        InterfaceSpec second = Parse(Sources.ExamConfigurationsApi);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void A_different_sid_prefix_gives_a_different_model()
    {
        InterfaceSpec first = Parse(Sources.ExamConfigurationsApi);
        InterfaceSpec second = Parse(Sources.ExamConfigurationsApi.Replace("[Sid(\"CU\")]", "[Sid(\"CO\")]", StringComparison.Ordinal));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void The_model_reads_the_declaration()
    {
        InterfaceSpec spec = Parse(Sources.ExamConfigurationsApi);

        Assert.Equal("SmarterProctoring.Client", spec.Namespace);
        Assert.Equal("global::Test.TestJsonContext", spec.JsonContext);
        MethodSpec update = spec.Methods[0];
        Assert.Equal(HttpVerb.Put, update.HttpMethod);
        Assert.Null(update.Problem);
        Assert.Equal(["AI", "CU", "EX", "EC", null, null], update.Parameters.Select(p => p.SidPrefix));
        Assert.Equal(
            [ParameterBinding.Path, ParameterBinding.Path, ParameterBinding.Path, ParameterBinding.Path, ParameterBinding.Body, ParameterBinding.CancellationToken],
            update.Parameters.Select(p => p.Binding));
        Assert.Equal(["EnrollmentSid", "ProctorTypes", "RefConfigSid"], update.Parameters[4].SidProperties.Select(p => p.Name));
    }

    [Fact]
    public void The_model_holds_no_symbols_syntax_compilations_or_locations()
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(SemanticModel), typeof(Location), typeof(SyntaxTree) };
        var visited = new HashSet<Type>();
        var pending = new Stack<Type>();
        pending.Push(typeof(InterfaceSpec));
        while (pending.Count > 0)
        {
            Type type = pending.Pop();
            if (!visited.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string))
            {
                continue;
            }

            Assert.DoesNotContain(forbidden, f => f.IsAssignableFrom(type));
            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                pending.Push(field.FieldType);
                foreach (Type argument in field.FieldType.GetGenericArguments())
                {
                    pending.Push(argument);
                }
            }
        }

        Assert.Contains(typeof(ParameterSpec), visited);
        Assert.Contains(typeof(SidPropertySpec), visited);
    }

    private static InterfaceSpec Parse(string source)
    {
        Compilation compilation = GeneratorHarness.Compile(source, GeneratorHarness.JsonContextSource);
        var captured = new List<InterfaceSpec>();
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        foreach (IncrementalGeneratorRunStep step in driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.InterfaceSpec])
        {
            captured.AddRange(step.Outputs.Select(o => o.Value).OfType<InterfaceSpec>());
        }

        return Assert.Single(captured);
    }
}
