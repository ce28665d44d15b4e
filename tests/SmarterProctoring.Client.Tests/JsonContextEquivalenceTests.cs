using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Xunit;

namespace SmarterProctoring.Client.Tests;

/// <summary>
/// IExamConfigurationsApi names no JSON context, so the generator writes one. It must agree byte for byte with
/// the context System.Text.Json's own generator makes for the same models and options.
/// </summary>
public sealed class JsonContextEquivalenceTests
{
    [Fact]
    public void The_full_and_minimal_requests_are_written_identically()
    {
        AssertSameBytes(Fixtures.FullRequest(), IExamConfigurationsApi.JsonContext.Default.UpdateExamConfigurationRequest, OfficialContext.Default.UpdateExamConfigurationRequest);
        AssertSameBytes(Fixtures.MinimalRequest(), IExamConfigurationsApi.JsonContext.Default.UpdateExamConfigurationRequest, OfficialContext.Default.UpdateExamConfigurationRequest);
    }

    [Fact]
    public void The_documented_response_reads_and_writes_identically()
    {
        ExamConfiguration generated = JsonSerializer.Deserialize(Fixtures.DocumentedResponseJson, IExamConfigurationsApi.JsonContext.Default.ExamConfiguration)!;
        ExamConfiguration official = JsonSerializer.Deserialize(Fixtures.DocumentedResponseJson, OfficialContext.Default.ExamConfiguration)!;

        Assert.Equal(JsonSerializer.Serialize(official, OfficialContext.Default.ExamConfiguration), JsonSerializer.Serialize(generated, OfficialContext.Default.ExamConfiguration));
        AssertSameBytes(official, IExamConfigurationsApi.JsonContext.Default.ExamConfiguration, OfficialContext.Default.ExamConfiguration);
    }

    [Theory]
    [InlineData("""{"instructorAsProctor":[]}""")]
    [InlineData("""{"instructorAsProctor":null,"permittedBathroomBreak":true}""")]
    [InlineData("""{"examOpenDate":"not a date"}""")]
    public void Incomplete_requests_fail_the_same_way(string document)
    {
        Exception? official = Record.Exception(() => JsonSerializer.Deserialize(document, OfficialContext.Default.UpdateExamConfigurationRequest));
        Exception? generated = Record.Exception(() => JsonSerializer.Deserialize(document, IExamConfigurationsApi.JsonContext.Default.UpdateExamConfigurationRequest));

        Assert.NotNull(official);
        Assert.Equal(official.GetType(), generated?.GetType());
    }

    private static void AssertSameBytes<T>(T value, JsonTypeInfo<T> generated, JsonTypeInfo<T> official) =>
        Assert.Equal(JsonSerializer.Serialize(value, official), JsonSerializer.Serialize(value, generated));
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(UpdateExamConfigurationRequest))]
[JsonSerializable(typeof(ExamConfiguration))]
internal sealed partial class OfficialContext : JsonSerializerContext
{
}
