using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmarterProctoring.Client;

/// <summary>
/// Writes a timestamp the way the API requires request dates: UTC, millisecond precision, ending in <c>Z</c>
/// (<c>1970-01-01T00:00:00.000Z</c>). Reads any ISO-8601 timestamp.
/// </summary>
public sealed class UtcTimestampJsonConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[24];
        value.UtcDateTime.TryFormat(buffer, out int written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer.Slice(0, written));
    }
}
