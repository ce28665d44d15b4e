using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Xunit;

namespace SmarterProctoring.Client.Tests;

/// <summary>
/// IExamConfigurationsApi names no JSON context, so the generator writes one. It must agree byte for byte with
/// the context System.Text.Json's own generator makes for the same models and options, and refuse what that one
/// refuses, at the same place and with the same message.
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
    [InlineData("""{"instructorAsProctor":[]}""", "$")]
    [InlineData("""{"instructorAsProctor":null,"permittedBathroomBreak":true}""", "$.instructorAsProctor")]
    [InlineData("""{"examOpenDate":"not a date"}""", "$.examOpenDate")]
    public void Incomplete_requests_fail_the_same_way_where_they_are_wrong(string document, string path)
    {
        Exception? official = Record.Exception(() => JsonSerializer.Deserialize(document, OfficialContext.Default.UpdateExamConfigurationRequest));
        Exception? generated = Record.Exception(() => JsonSerializer.Deserialize(document, IExamConfigurationsApi.JsonContext.Default.UpdateExamConfigurationRequest));

        Assert.True(official is JsonException { Path: string refusedAt } && refusedAt == path, document + " should fail at " + path + ": " + Describe(official));
        Assert.Equal(Describe(official), Describe(generated));
    }

    /// <summary>A failure as far as a caller can tell one from another: its type, where it happened, and its message.</summary>
    private static string Describe(Exception? exception) => exception switch
    {
        null => "no failure",
        JsonException json => json.GetType().FullName + " at " + json.Path + " (line " + json.LineNumber + ", byte " + json.BytePositionInLine + "): " + json.Message,
        _ => exception.GetType().FullName + ": " + exception.Message,
    };

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
