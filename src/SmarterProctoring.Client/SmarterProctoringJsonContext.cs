using System.Text.Json.Serialization;

namespace SmarterProctoring.Client;

/// <summary>
/// JSON metadata for the SmarterProctoring models, written at compile time: camelCase names, and members left out
/// when null unless the API requires them (those carry <c>[JsonIgnore(Condition = Never)]</c>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UpdateExamConfigurationRequest))]
[JsonSerializable(typeof(ExamConfiguration))]
public sealed partial class SmarterProctoringJsonContext : JsonSerializerContext
{
}
