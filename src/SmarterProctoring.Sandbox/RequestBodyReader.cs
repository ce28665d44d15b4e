using System.Collections.Generic;
using System.Text.Json;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// Reads the properties of a JSON request body against the Update Configuration contract. The first violation is
/// kept in <see cref="Error"/> (a message naming the property) and from then on every read returns a placeholder, so
/// the caller can read all properties in one expression and check <see cref="Error"/> once at the end.
/// An optional property that is absent reads as the <c>current</c> value passed in.
/// </summary>
internal sealed class RequestBodyReader(JsonElement body)
{
    private const string DateExample = "1970-01-01T00:00:00.000Z";

    public string? Error { get; private set; }

    public JsonElement RequiredArrayOfObjects(string name)
    {
        if (!TryGetRequired(name, out JsonElement value))
        {
            return default;
        }

        return IsArrayOfObjects(name, value) ? value.Clone() : default;
    }

    public bool RequiredBoolean(string name)
    {
        if (!TryGetRequired(name, out JsonElement value))
        {
            return false;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return Fail(name + " must be a boolean.", false);
        }

        return value.GetBoolean();
    }

    public string? RequiredNullableString(string name)
    {
        if (!TryGetRequired(name, out JsonElement value))
        {
            return null;
        }

        return ReadNullableString(name, value);
    }

    public string? OptionalNullableString(string name, string? current) =>
        TryGetOptional(name, out JsonElement value) ? ReadNullableString(name, value) : current;

    public string? OptionalString(string name, string? current)
    {
        if (!TryGetOptional(name, out JsonElement value))
        {
            return current;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : Fail(name + " must be a string.", current);
    }

    /// <summary>A request date: the reference's pattern is <c>.*Z</c>, an ISO-8601 UTC timestamp.</summary>
    public string? OptionalDate(string name, string? current)
    {
        if (!TryGetOptional(name, out JsonElement value))
        {
            return current;
        }

        string? date = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (date is null || !date.EndsWith('Z'))
        {
            return Fail(name + " must be a date string ending in Z, for example " + DateExample + ".", current);
        }

        return date;
    }

    public int? OptionalInteger(string name, int? current)
    {
        if (!TryGetOptional(name, out JsonElement value))
        {
            return current;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int number))
        {
            return Fail(name + " must be an integer.", current);
        }

        return number;
    }

    public string? OptionalSid(string name, string prefix, string? current)
    {
        if (!TryGetOptional(name, out JsonElement value))
        {
            return current;
        }

        string? sid = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return Sid.IsValid(sid, prefix) ? sid : Fail(name + " must match " + Sid.Pattern(prefix) + ".", current);
    }

    public IReadOnlyList<string> OptionalSidArray(string name, string prefix, IReadOnlyList<string> current)
    {
        if (!TryGetOptional(name, out JsonElement value))
        {
            return current;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return Fail(name + " must be an array of strings.", current);
        }

        var sids = new List<string>(value.GetArrayLength());
        foreach (JsonElement item in value.EnumerateArray())
        {
            string? sid = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (!Sid.IsValid(sid, prefix))
            {
                return Fail(name + "[" + sids.Count + "] must match " + Sid.Pattern(prefix) + ".", current);
            }

            sids.Add(sid);
        }

        return sids;
    }

    public JsonElement? OptionalArrayOfObjects(string name, int minLength, int maxLength, JsonElement? current)
    {
        if (!TryGetOptional(name, out JsonElement value))
        {
            return current;
        }

        if (!IsArrayOfObjects(name, value))
        {
            return current;
        }

        int length = value.GetArrayLength();
        if (length < minLength || length > maxLength)
        {
            return Fail(name + " must have " + minLength + " to " + maxLength + " elements.", current);
        }

        return value.Clone();
    }

    public JsonElement? OptionalObject(string name, JsonElement? current)
    {
        if (!TryGetOptional(name, out JsonElement value))
        {
            return current;
        }

        return value.ValueKind == JsonValueKind.Object ? value.Clone() : Fail(name + " must be an object.", current);
    }

    private bool TryGetRequired(string name, out JsonElement value)
    {
        value = default;
        if (Error is not null)
        {
            return false;
        }

        if (!body.TryGetProperty(name, out value))
        {
            Error = name + " is required.";
            return false;
        }

        return true;
    }

    private bool TryGetOptional(string name, out JsonElement value)
    {
        value = default;
        return Error is null && body.TryGetProperty(name, out value);
    }

    private string? ReadNullableString(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => Fail<string?>(name + " must be a string or null.", null),
    };

    private bool IsArrayOfObjects(string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error = name + " must be an array of objects.";
            return false;
        }

        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                Error = name + "[" + index + "] must be an object.";
                return false;
            }

            index++;
        }

        return true;
    }

    /// <summary>Records the violation and returns <paramref name="placeholder"/>, which the caller discards.</summary>
    private T Fail<T>(string message, T placeholder)
    {
        Error = message;
        return placeholder;
    }
}
