using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using SmarterProctoring.Client;

namespace SmarterProctoring.Declarative.Benchmarks;

/// <summary>
/// Serializing the Update Configuration request and deserializing the documented response, with the context the
/// generator writes and with the context System.Text.Json's generator writes for the same options.
/// </summary>
[MemoryDiagnoser]
public class JsonContextBenchmarks
{
    [Benchmark(Baseline = true, Description = "JSON round trip, System.Text.Json generator")]
    public ExamConfiguration? Official()
    {
        _ = JsonSerializer.SerializeToUtf8Bytes(Payloads.Request, OfficialJsonContext.Default.UpdateExamConfigurationRequest);
        return JsonSerializer.Deserialize(Payloads.Response, OfficialJsonContext.Default.ExamConfiguration);
    }

    [Benchmark(Description = "JSON round trip, generated context")]
    public ExamConfiguration? Generated()
    {
        _ = JsonSerializer.SerializeToUtf8Bytes(Payloads.Request, IExamConfigurationsApi.JsonContext.Default.UpdateExamConfigurationRequest);
        return JsonSerializer.Deserialize(Payloads.Response, IExamConfigurationsApi.JsonContext.Default.ExamConfiguration);
    }
}

/// <summary>The official generator's context with the generated context's default options.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(UpdateExamConfigurationRequest))]
[JsonSerializable(typeof(ExamConfiguration))]
internal sealed partial class OfficialJsonContext : JsonSerializerContext
{
}
