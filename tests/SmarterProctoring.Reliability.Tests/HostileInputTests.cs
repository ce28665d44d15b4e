using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SmarterProctoring.Declarative;
using SmarterProctoring.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace SmarterProctoring.Reliability.Tests;

/// <summary>
/// Random hostile strings at every parameter of <see cref="ITestAidsApi"/>'s echo routes, sent over real loopback to the
/// sandbox's echo endpoint. A seeded generator of our own (fixed seed, so a failure reproduces); no shrinking, but a
/// failure prints the input as a C# literal.
/// </summary>
/// <remarks>
/// The defined outcomes, checked for every input:
/// <list type="bullet">
/// <item>A path value that is null, empty, <c>.</c> or <c>..</c> is an <see cref="ArgumentException"/> naming the
/// parameter, thrown before anything is sent (null: <see cref="ArgumentNullException"/>).</item>
/// <item>Any other path value stays one segment under the declared route and round-trips exactly; so do query values.
/// The exception is a lone surrogate (ill-formed UTF-16): it is sent as U+FFFD, the replacement character
/// (<see cref="Uri.EscapeDataString(string)"/>'s behaviour), so that value does not round-trip. This is pinned here as the
/// current behaviour; rejecting such a value with an ArgumentException is the recommended change.</item>
/// <item>A path value containing NUL reaches the server as <c>%00</c>, which Kestrel (the sandbox's server) refuses
/// with 400 before any endpoint runs: an <see cref="ApiException"/> with status 400 and no body.</item>
/// <item>A request line longer than the server allows (Kestrel: 8 KB) is refused with 414: an <see cref="ApiException"/>
/// with status 414.</item>
/// <item>A SID parameter accepts exactly the values <c>^XX[a-f0-9]{32}\z</c> matches (<c>\z</c>, not <c>$</c>: in .NET a
/// <c>$</c> also matches before a final newline, which the SID rule does not allow) and rejects the rest with an
/// <see cref="ArgumentException"/> before anything is sent.</item>
/// </list>
/// </remarks>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_126;
    private const int PathAndQueryIterations = 800;
    private const int SidIterations = 3_000;

    private static readonly Regex InstallSidRule = new(@"^AI[a-f0-9]{32}\z", RegexOptions.CultureInvariant);
    private static readonly Regex ExamSidRule = new(@"^EX[a-f0-9]{32}\z", RegexOptions.CultureInvariant);

    [Fact]
    public async Task Random_path_and_query_values_stay_in_their_place_and_round_trip()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        var generator = new HostileStrings(Seed);
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);

        for (int iteration = 0; iteration < PathAndQueryIterations; iteration++)
        {
            string? value = generator.NextPathValue();
            string? other = generator.NextPathValue();
            string? q = generator.NextQueryValue();
            string?[]? tags = generator.NextQueryValues();
            string input = "iteration " + iteration + " (seed " + Seed + "): value = " + HostileStrings.Literal(value) + ", other = "
                + HostileStrings.Literal(other) + ", q = " + HostileStrings.Literal(q) + ", tags = "
                + (tags is null ? "null" : "[" + string.Join(", ", tags.Select(HostileStrings.Literal)) + "]");
            try
            {
                string outcome = await CheckEchoAsync(client.Aids, value, other, q, tags);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException("Failing input: " + input + Environment.NewLine + exception);
            }
        }

        output.WriteLine(string.Join(Environment.NewLine, outcomes.Select(o => o.Value + " x " + o.Key)));
        Assert.True(outcomes.GetValueOrDefault("round-tripped") > PathAndQueryIterations / 2, "too few inputs were sent at all");
    }

    [Fact]
    public async Task Random_sid_values_pass_exactly_when_they_match_the_sid_rule()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        var generator = new HostileStrings(Seed + 1);
        int accepted = 0;

        for (int iteration = 0; iteration < SidIterations; iteration++)
        {
            string? installSid = generator.NextSid("AI");
            string? examSid = generator.NextSid("EX");
            string input = "iteration " + iteration + ": installSid = " + HostileStrings.Literal(installSid)
                + ", examSid = " + HostileStrings.Literal(examSid);
            try
            {
                accepted += await CheckSidsAsync(sandbox, client.Aids, installSid, examSid) ? 1 : 0;
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException("Failing input: " + input + Environment.NewLine + exception);
            }
        }

        output.WriteLine(accepted + " of " + SidIterations + " SID pairs were valid and sent; the rest were refused before sending.");
        Assert.InRange(accepted, SidIterations / 10, SidIterations - (SidIterations / 10));
    }

    private static async Task<string> CheckEchoAsync(ITestAidsApi api, string? value, string? other, string? q, string?[]? tags)
    {
        // Each path value is checked completely, in declaration order, before the next: null, empty, "." or ".."
        // first, then text with an unpaired surrogate (it has no UTF-8 form, so it is refused, never sent changed).
        // Query values follow the path.
        (string Name, bool Surrogate)? refused = Refusal(value, "value") ?? Refusal(other, "other")
            ?? (q is not null && HasLoneSurrogate(q) ? ("q", true) : ((string, bool)?)null)
            ?? (tags?.Any(t => t is not null && HasLoneSurrogate(t)) == true ? ("tag[]", true) : ((string, bool)?)null);
        if (refused is (string name, bool surrogate))
        {
            ArgumentException exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => api.EchoAsync(value!, other!, q, tags));
            Assert.Equal(name, exception.ParamName);
            if (surrogate)
            {
                Assert.Contains("unpaired surrogate", exception.Message, StringComparison.Ordinal);
                return "refused before sending (unpaired surrogate)";
            }

            Assert.Equal((name == "value" ? value : other) is null, exception is ArgumentNullException);
            return "refused before sending (" + (exception is ArgumentNullException ? "null" : "empty, . or ..") + ")";
        }

        EchoResult echo;
        try
        {
            echo = await api.EchoAsync(value!, other!, q, tags);
        }
        catch (ApiException exception) when (exception.StatusCode == HttpStatusCode.BadRequest && exception.ErrorCode is null)
        {
            Assert.True(value!.Contains('\0', StringComparison.Ordinal) || other!.Contains('\0', StringComparison.Ordinal), "400 without a NUL in a path value");
            Assert.Equal("/v1/echo/{value}/items/{other}", exception.RouteTemplate);
            return "refused by the server (NUL in the path)";
        }
        catch (ApiException exception) when (exception.StatusCode == HttpStatusCode.RequestUriTooLong)
        {
            Assert.True(exception.RequestUri!.OriginalString.Length > 7_900, "414 for a short URI: " + exception.RequestUri.OriginalString.Length);
            return "refused by the server (request line too long)";
        }

        // The path: exactly the route's segments, each value in its own segment, decoded back to what was passed.
        string path = echo.Target.Split('?')[0];
        Assert.StartsWith("/v1/echo/", path, StringComparison.Ordinal);
        string[] rawSegments = path["/v1/echo/".Length..].Split('/');
        Assert.Equal(3, rawSegments.Length);
        Assert.DoesNotContain(rawSegments, segment => segment is "." or ".." || segment.Length == 0);
        Assert.Equal([value!, "items", other!], echo.Segments);
        Assert.True(echo.Target.Length < 8_300, "a target of " + echo.Target.Length + " characters was accepted");

        // The query: one pair per non-null value, in order, decoded back to what was passed.
        var expected = new List<QueryPair>();
        if (q is not null)
        {
            expected.Add(new QueryPair("q", q));
        }

        foreach (string? tag in tags ?? [])
        {
            if (tag is not null)
            {
                expected.Add(new QueryPair("tag[]", tag));
            }
        }

        Assert.Equal(expected, echo.Query);
        return "round-tripped";
    }

    private static async Task<bool> CheckSidsAsync(SmarterProctoringSandbox sandbox, ITestAidsApi api, string? installSid, string? examSid)
    {
        bool installValid = installSid is not null && InstallSidRule.IsMatch(installSid);
        bool examValid = examSid is not null && ExamSidRule.IsMatch(examSid);
        int requestsBefore = sandbox.RecentRequests.Count;
        if (installValid && examValid)
        {
            EchoResult echo = await api.EchoSidsAsync(installSid!, examSid!);
            Assert.Equal(["installs", installSid!, "exams", examSid!], echo.Segments);
            Assert.Equal("/v1/echo/installs/" + installSid + "/exams/" + examSid, echo.Target);
            return true;
        }

        ArgumentException exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => api.EchoSidsAsync(installSid!, examSid!));
        string parameter = installValid ? "examSid" : "installSid";
        string? offending = installValid ? examSid : installSid;
        Assert.Equal(parameter, exception.ParamName);
        Assert.Equal(offending is null, exception is ArgumentNullException);
        Assert.Contains(installValid ? "^EX[a-f0-9]{32}$" : "^AI[a-f0-9]{32}$", exception.Message, StringComparison.Ordinal);
        if (offending is { Length: > 3 })
        {
            // The message explains the defect without repeating the value (it could be anything, a secret included).
            Assert.DoesNotContain(offending, exception.Message, StringComparison.Ordinal);
        }

        Assert.Equal(requestsBefore, sandbox.RecentRequests.Count);
        return false;
    }

    private static (string Name, bool Surrogate)? Refusal(string? value, string name) =>
        value is null or "" or "." or ".." ? (name, false) : HasLoneSurrogate(value) ? (name, true) : ((string, bool)?)null;

    /// <summary>True when a surrogate in <paramref name="value"/> lacks its pair.</summary>
    private static bool HasLoneSurrogate(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A seeded source of hostile strings: path tricks, URI delimiters, control characters, Unicode, long values.</summary>
internal sealed class HostileStrings(int seed)
{
    private const string Hex = "0123456789abcdef";

    private static readonly string[] Pieces =
    [
        "..", ".", "...", "%2e%2e", "%2E%2E", "%2e", "%2f", "%2F", "%5c", "%252e", "%25", "%", "%%", "%zz", "%u002e",
        "/", "//", "\\", "../", "..\\", "/..", "./", "?", "#", "&", "=", "+", " ", ";", ":", "@", "[", "]", "{", "}", "|",
        "^", "`", "'", "\"", "<", ">", "~", "*", "$", "!", "(", ")", ",", "?q=1", "#top", "&q=2", "items", "v1", "echo",
        "\0", "\u0001", "\u001f", "\u007f", "\r", "\n", "\r\n", "\t", "\u0085", "\u2028",
        "é", "e\u0301", "ß", "İ", "日本語", "中", "😀", "👩‍👩‍👧", "\U0001F600", "\ud800", "\udc00", "\udbff\udfff",
        "\u202e", "\ufeff", "\u200b", "\u00a0", "\u2025", "\uff0e", "\u3002", "\uff0f", "\u2215", "\ufffd",
        "a", "Z", "0", "-", "_",
    ];

    private readonly Random _random = new(seed);

    public string? NextPathValue() => _random.Next(100) switch
    {
        < 2 => null,
        < 4 => string.Empty,
        < 6 => ".",
        < 8 => "..",
        < 12 => NextLong(500, 3_500),
        _ => NextComposite(),
    };

    public string? NextQueryValue() => _random.Next(100) switch
    {
        < 15 => null,
        < 20 => string.Empty,
        < 23 => NextLong(200, 1_500),
        _ => NextComposite(),
    };

    public string?[]? NextQueryValues()
    {
        int count = _random.Next(-1, 4);
        if (count < 0)
        {
            return null;
        }

        var values = new string?[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = _random.Next(10) == 0 ? null : NextComposite();
        }

        return values;
    }

    /// <summary>Valid SIDs about a third of the time; otherwise near misses of every kind, and hostile strings.</summary>
    public string? NextSid(string prefix)
    {
        string valid = prefix + RandomHex(32);
        return _random.Next(24) switch
        {
            < 8 => valid,
            8 => null,
            9 => string.Empty,
            10 => prefix + RandomHex(31),
            11 => prefix + RandomHex(33),
            12 => valid.ToUpperInvariant(),
            13 => prefix + RandomHex(31) + "A",
            14 => prefix.ToLowerInvariant() + RandomHex(32),
            15 => (prefix == "AI" ? "EX" : "AI") + RandomHex(32),
            16 => valid + "\n",
            17 => " " + valid,
            18 => prefix + RandomHex(31) + "\u0663",
            19 => prefix + RandomHex(31) + "\uff41",
            20 => prefix + RandomHex(15) + "/" + RandomHex(16),
            21 => prefix + RandomHex(30) + "..",
            22 => "IN" + RandomHex(32),
            _ => NextComposite(),
        };
    }

    /// <summary>A C# literal of <paramref name="value"/>, with every non-printable or non-ASCII character escaped.</summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder("\"");
        foreach (char c in value.Length > 120 ? value[..120] : value)
        {
            builder.Append(c is >= ' ' and <= '~' and not '"' and not '\\'
                ? c.ToString()
                : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        builder.Append('"');
        return value.Length > 120 ? builder + " (" + value.Length + " characters)" : builder.ToString();
    }

    private string NextComposite()
    {
        var builder = new StringBuilder();
        int count = _random.Next(1, 7);
        for (int i = 0; i < count; i++)
        {
            builder.Append(Pieces[_random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    private string NextLong(int minLength, int maxLength)
    {
        int length = _random.Next(minLength, maxLength);
        var builder = new StringBuilder(length + 16);
        while (builder.Length < length)
        {
            builder.Append(_random.Next(4) == 0 ? Pieces[_random.Next(Pieces.Length)] : ((char)_random.Next(' ', '~' + 1)).ToString());
        }

        return builder.ToString();
    }

    private string RandomHex(int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = Hex[_random.Next(Hex.Length)];
        }

        return new string(chars);
    }
}
