using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;

namespace SmarterProctoring.Declarative;

/// <summary>
/// Keeps secrets and oversize text out of messages. Request headers that carry credentials are never copied into
/// any message; their values are also scrubbed from response text an error keeps, in case a server echoes them.
/// </summary>
internal static class Redaction
{
    /// <summary>Shown in place of a secret.</summary>
    public const string Mask = "***";

    /// <summary>Headers whose values are secrets, compared case-insensitively.</summary>
    private static readonly string[] s_sensitiveHeaders =
    [
        "token", "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Api-Key", "Api-Key",
    ];

    public static bool IsSensitiveHeader(string name)
    {
        foreach (string sensitive in s_sensitiveHeaders)
        {
            if (string.Equals(name, sensitive, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces every value of the request's sensitive headers found in <paramref name="text"/>.</summary>
    public static string? Scrub(string? text, HttpRequestMessage request)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (KeyValuePair<string, System.Net.Http.Headers.HeaderStringValues> header in request.Headers.NonValidated)
        {
            if (!IsSensitiveHeader(header.Key))
            {
                continue;
            }

            foreach (string value in header.Value)
            {
                // Very short values would mask ordinary text and are not credentials worth the noise.
                if (value.Length >= 8)
                {
                    text = text!.Replace(value, Mask, StringComparison.Ordinal);
                }
            }
        }

        return text;
    }

    /// <summary>Folds <paramref name="text"/> onto one line of at most <paramref name="maxLength"/> characters.</summary>
    public static string SingleLine(string text, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        foreach (char c in text)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }
}
