using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative.Tests.Json;

#pragma warning disable CA1720, CA1822 // Property names spell the type they hold, on purpose.

// Models covering every shape the generated JSON context supports. IShapesApi names no [JsonContext], so the
// generator writes IShapesApi.JsonContext; OfficialShapesContext is the same set made by System.Text.Json's own
// generator with the same options. The equivalence tests compare the two.

public enum Color
{
    Red,
    Green,
    Blue,
}

public enum Size
{
    Small,
    Large,
}

[JsonConverter(typeof(JsonStringEnumConverter<Mood>))]
public enum Mood
{
    Calm,
    Busy,
}

public sealed class Everything
{
    public string? Text { get; set; }

    public bool Flag { get; set; }

    public byte Byte { get; set; }

    public sbyte SByte { get; set; }

    public short Short { get; set; }

    public ushort UShort { get; set; }

    public int Int { get; set; }

    public uint UInt { get; set; }

    public long Long { get; set; }

    public ulong ULong { get; set; }

    public float Float { get; set; }

    public double Double { get; set; }

    public decimal Decimal { get; set; }

    public DateTime DateTime { get; set; }

    public DateTimeOffset DateTimeOffset { get; set; }

    public DateOnly DateOnly { get; set; }

    public TimeOnly TimeOnly { get; set; }

    public Guid Guid { get; set; }

    public Uri? Uri { get; set; }

    public Color Color { get; set; }

    public Color? MaybeColor { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<Size>))]
    public Size Size { get; set; }

    public Mood Mood { get; set; }

    public int? MaybeInt { get; set; }

    public double? MaybeDouble { get; set; }

    public int[]? Numbers { get; set; }

    public List<string>? Words { get; set; }

    public IList<int>? IntList { get; set; }

    public IReadOnlyList<Nested>? Children { get; set; }

    public IEnumerable<string>? Sequence { get; set; }

    public Dictionary<string, int>? Counts { get; set; }

    public IReadOnlyDictionary<string, Nested>? ByName { get; set; }

    public JsonElement Element { get; set; }

    public JsonElement? MaybeElement { get; set; }

    public JsonNode? Node { get; set; }

    public JsonObject? Object { get; set; }

    public Nested? Child { get; set; }

    [JsonPropertyName("renamed")]
    public string? Original { get; set; }

    [JsonIgnore]
    public string? Hidden { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Zero { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? AlwaysWritten { get; set; }

    [JsonPropertyOrder(-5)]
    public int First { get; set; }

    [JsonInclude]
    public string? Included { get; set; }

    [JsonConverter(typeof(UpperCaseConverter))]
    public string? Shout { get; set; }

    public string ReadOnly => "fixed";
}

public sealed record Nested(string Name, int Count = 3)
{
    public string? Extra { get; init; }
}

public sealed class WithRequired
{
    public required string Id { get; init; }

    [JsonRequired]
    public int Number { get; set; }

    public string? Optional { get; set; }

    public string InitOnly { get; init; } = "initial";
}

public class BaseThing
{
    public int BaseValue { get; set; }

    public virtual string? Over { get; set; }
}

public sealed class DerivedThing : BaseThing
{
    public string? Own { get; set; }

    public override string? Over { get; set; }
}

public sealed class UpperCaseConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString()?.ToLowerInvariant();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUpperInvariant());
}

public partial interface IShapesApi
{
    [Post("/everything")]
    Task<Everything> EverythingAsync([Body] Everything body);

    [Post("/required")]
    Task<WithRequired> RequiredAsync([Body] WithRequired body);

    [Post("/derived")]
    Task<DerivedThing> DerivedAsync([Body] DerivedThing body);

    [Post("/list")]
    Task<List<Nested>> ListAsync([Body] IReadOnlyList<Nested> body);

    [Post("/value")]
    Task<int?> ValueAsync([Body] Dictionary<string, Color> body);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(Everything))]
[JsonSerializable(typeof(WithRequired))]
[JsonSerializable(typeof(DerivedThing))]
[JsonSerializable(typeof(IReadOnlyList<Nested>))]
[JsonSerializable(typeof(List<Nested>))]
[JsonSerializable(typeof(Dictionary<string, Color>))]
[JsonSerializable(typeof(int?))]
internal sealed partial class OfficialShapesContext : JsonSerializerContext
{
}
