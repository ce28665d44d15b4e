using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>Query objects, joined collections, maps and form bodies: the exact bytes a call sends.</summary>
public sealed class QueryAndFormTests
{
    private const string Course = "CU0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task A_query_object_is_flattened_by_its_declared_type_with_its_JSON_names()
    {
        var server = new RecordingServer();
        await server.Api.ListAsync(new AppointmentFilter
        {
            Statuses = [SessionState.Scheduled, SessionState.InProgress],
            AppointmentDateAfter = new DateTimeOffset(2026, 3, 1, 14, 30, 0, TimeSpan.Zero),
            CourseSid = Course,
            Limit = 50,
            IncludeActive = true,
            Priority = Priority.High,
            Channel = Channel.Sms,
            MinScore = 0.5m,
            SortKeys = ["date", "name,first"],
            Day = new DateTime(2026, 3, 9),
            Window = new Window { From = 3, Bounds = new Bounds { Low = 1, High = 9 } },
            NotSent = "hidden",
            Text = "a b+c&d=é",
        });

        Assert.Equal(
            "?statuses=Scheduled&statuses=in-progress&appointmentDateAfter=2026-03-01T14%3A30%3A00.0000000Z&courseSid=" + Course
            + "&limit=50&includeActive=true&priority=7&channel=Sms&minScore=0.5&sortKeys=date,name%2Cfirst&day=2026-03-09"
            + "&window.from=3&window.bounds.low=1&window.bounds.high=9&text=a%20b%2Bc%26d%3D%C3%A9",
            server.LastQuery);
    }

    [Fact]
    public async Task Null_members_and_null_nested_objects_are_left_out_and_a_struct_member_is_always_sent()
    {
        var server = new RecordingServer();
        await server.Api.ListAsync(new AppointmentFilter { Window = new Window() });

        // Channel is a non-nullable enum: its default is a value like any other.
        Assert.Equal("?channel=Email", server.LastQuery);
    }

    [Fact]
    public async Task A_named_query_object_prefixes_its_members_and_a_null_one_sends_nothing()
    {
        var server = new RecordingServer();
        await server.Api.ListOptionalAsync(new AppointmentFilter { Limit = 5, Window = new Window { From = 1 } });
        Assert.Equal("?f.limit=5&f.channel=Email&f.window.from=1", server.LastQuery);

        await server.Api.ListOptionalAsync(null);
        Assert.Equal(string.Empty, server.LastQuery);
    }

    [Fact]
    public async Task A_SID_member_is_checked_before_anything_is_sent()
    {
        var server = new RecordingServer();
        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => server.Api.ListAsync(new AppointmentFilter { CourseSid = string.Concat("CU", "123") }));

        Assert.Equal("filter", error.ParamName);
        Assert.Contains("filter.CourseSid", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        await Assert.ThrowsAsync<ArgumentNullException>(() => server.Api.ListAsync(null!));
    }

    [Fact]
    public async Task Collections_are_sent_in_their_declared_format_with_a_separator_inside_an_element_escaped()
    {
        var server = new RecordingServer();
        await server.Api.IdsAsync(["a", "b,c", "d"], numbers: [1, 22], multi: ["x", "y"], states: [SessionState.InProgress, SessionState.Completed]);

        Assert.Equal("?ids=a,b%2Cc,d&numbers=1%7C22&multi=x&multi=y&states=in-progress%20Completed", server.LastQuery);
    }

    [Fact]
    public async Task An_empty_or_null_collection_sends_no_pair_in_any_format()
    {
        var server = new RecordingServer();
        await server.Api.IdsAsync([], numbers: null, multi: [], states: []);

        Assert.Equal(string.Empty, server.LastQuery);
    }

    [Fact]
    public async Task A_declared_value_format_applies_to_a_scalar_query_value()
    {
        var server = new RecordingServer();
        await server.Api.DayAsync(new DateTimeOffset(2026, 12, 2, 23, 0, 0, TimeSpan.FromHours(-5)));

        Assert.Equal("?day=2026-12-02", server.LastQuery);
    }

    [Fact]
    public async Task A_map_adds_its_pairs_with_names_and_values_escaped_and_null_values_left_out()
    {
        var server = new RecordingServer();
        await server.Api.ExtraAsync(
            new Dictionary<string, string?> { ["a&b=c"] = "1&2", ["skip"] = null, ["é"] = "?#/" },
            new Dictionary<string, string> { ["k"] = "v" });

        Assert.Equal("?a%26b%3Dc=1%262&%C3%A9=%3F%23%2F&x.k=v", server.LastQuery);
    }

    [Fact]
    public async Task A_pair_without_a_name_is_refused_before_sending()
    {
        var server = new RecordingServer();
        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => server.Api.ExtraAsync(new Dictionary<string, string?> { [string.Empty] = "v" }));

        Assert.Equal("extra", error.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_form_body_is_url_encoded_with_its_JSON_names_its_type_and_its_length()
    {
        var server = new RecordingServer("""{"accessToken":"t","expiresIn":3600}""");
        TokenResponse token = await server.Api.TokenAsync(new ClientCredentialsRequest { ClientId = "id 1", ClientSecret = "s+/=" });

        Assert.Equal(3600, token.ExpiresIn);
        const string expected = "grant_type=client_credentials&client_id=id%201&client_secret=s%2B%2F%3D";
        Assert.Equal(expected, Encoding.ASCII.GetString(server.LastBody!));
        Assert.Equal("application/x-www-form-urlencoded", server.LastContentType);
        Assert.Equal(expected.Length, server.LastContentLength);
        Assert.Equal(HttpMethod.Post, server.Requests[^1].Method);
    }

    [Fact]
    public async Task Form_pairs_are_sent_in_order_and_a_content_header_goes_on_the_form()
    {
        var server = new RecordingServer();
        await server.Api.FieldsAsync([new("b", "2"), new("a", "1 & 1"), new("b", "3")], language: "fr");

        Assert.Equal("b=2&a=1%20%26%201&b=3", Encoding.ASCII.GetString(server.LastBody!));
        Assert.Equal("fr", server.LastContentLanguage);
    }

    [Fact]
    public async Task A_form_object_uses_the_query_flattening_and_a_null_one_is_an_empty_form()
    {
        var server = new RecordingServer();
        await server.Api.FilterFormAsync(new AppointmentFilter { Limit = 2, Window = new Window { Bounds = new Bounds { High = 4 } } });
        Assert.Equal("limit=2&channel=Email&window.bounds.low=0&window.bounds.high=4", Encoding.ASCII.GetString(server.LastBody!));

        await server.Api.FilterFormAsync(null);
        Assert.Empty(server.LastBody!);
        Assert.Equal(0, server.LastContentLength);
        Assert.Equal("application/x-www-form-urlencoded", server.LastContentType);
    }

    /// <summary>
    /// Whatever a value holds, it stays one value: the pairs received decode to exactly the pairs sent, and the path
    /// is the declared one.
    /// </summary>
    [Fact]
    public async Task No_query_or_form_value_can_add_a_pair_or_change_the_path()
    {
        string[] pieces = ["&", "=", "?", "#", "/", "\\", "+", " ", "%", "%26", "..", ";", ",", "é", "😀", "\r\n", "a", "[]", "x=y&z"];
        var random = new Random(20261202);
        var server = new RecordingServer();
        for (int round = 0; round < 200; round++)
        {
            string Value() => string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => pieces[random.Next(pieces.Length)]));
            string key = Value();
            string value = Value();
            string text = Value();

            await server.Api.ExtraAsync(new Dictionary<string, string?> { [key] = value }, new Dictionary<string, string> { ["k"] = text });
            Assert.Equal("/v1/extra", server.Requests[^1].RequestUri!.AbsolutePath);
            Assert.Equal([(key, value), ("x.k", text)], Decode(server.LastQuery.TrimStart('?')));

            await server.Api.FieldsAsync([new(key, value), new("k", text)]);
            Assert.Equal("/v1/fields", server.Requests[^1].RequestUri!.AbsolutePath);
            Assert.Equal([(key, value), ("k", text)], Decode(Encoding.ASCII.GetString(server.LastBody!)));
        }
    }

    private static List<(string, string)> Decode(string text) =>
        text.Split('&').Select(pair => pair.Split('=')).Select(parts =>
        {
            Assert.Equal(2, parts.Length);
            return (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]));
        }).ToList();

    /// <summary>Answers every request, keeping what it was sent.</summary>
    private sealed class RecordingServer(string answer = "\"ok\"") : HttpMessageHandler
    {
        public IRequestShapesApi Api => IRequestShapesApi.Create(new HttpClient(this) { BaseAddress = new Uri("https://api.test/") });

        public List<HttpRequestMessage> Requests { get; } = [];

        public string LastQuery { get; private set; } = string.Empty;

        public byte[]? LastBody { get; private set; }

        public string? LastContentType { get; private set; }

        public long? LastContentLength { get; private set; }

        public string? LastContentLanguage { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            string original = request.RequestUri!.OriginalString;
            int query = original.IndexOf('?', StringComparison.Ordinal);
            LastQuery = query < 0 ? string.Empty : original[query..];
            LastBody = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            LastContentType = request.Content?.Headers.ContentType?.MediaType;
            LastContentLength = request.Content?.Headers.ContentLength;
            LastContentLanguage = request.Content?.Headers.ContentLanguage.FirstOrDefault();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        }
    }
}
