using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>Path, query and header values are written by declared type, culture-invariantly, in ISO-8601 for dates.</summary>
public sealed class ValueFormattingTests
{
    private static readonly DateTimeOffset s_utc = new(2024, 1, 2, 13, 45, 0, TimeSpan.Zero);

    [Fact]
    public async Task Dates_and_times_in_path_query_and_header_are_written_in_ISO_8601_with_Z_for_UTC()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        HttpRequestMessage? sent = null;
        handler.When("*").Respond(request =>
        {
            sent = request;
            return new HttpResponseMessage(System.Net.HttpStatusCode.NoContent);
        });

        await api.FormatAsync(
            new DateOnly(2024, 1, 2),
            s_utc,
            new DateTimeOffset(2024, 1, 2, 15, 45, 0, TimeSpan.FromHours(2)),
            new TimeSpan(1, 2, 3, 4),
            [new DateTime(2024, 1, 2, 13, 45, 0, DateTimeKind.Utc)],
            s_utc);

        Assert.Equal(
            "https://api.test/v1/moments/2024-01-02?since=2024-01-02T13%3A45%3A00.0000000Z&until=2024-01-02T15%3A45%3A00.0000000%2B02%3A00"
            + "&window=1.02%3A03%3A04&at=2024-01-02T13%3A45%3A00.0000000Z",
            sent!.RequestUri!.AbsoluteUri);
        Assert.Equal("2024-01-02T13:45:00.0000000Z", sent.Headers.GetValues("X-As-Of").Single());
    }

    [Fact]
    public async Task A_declared_Format_applies_to_path_query_and_header_values_and_to_each_element()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        HttpRequestMessage? sent = null;
        handler.When("*").Respond(request =>
        {
            sent = request;
            return new HttpResponseMessage(System.Net.HttpStatusCode.NoContent);
        });

        await api.FormattedAsync(
            new DateOnly(2024, 1, 2),
            7,
            Stage.Completed,
            new DateTimeOffset(2024, 3, 4, 23, 0, 0, TimeSpan.FromHours(-5)),
            new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
            [Stage.NoShow, Stage.InProgress],
            Stage.Completed,
            null,
            null,
            Stage.Completed,
            s_utc);

        Assert.Equal(
            "https://api.test/v1/days/20240102/rooms/0007/stages/Completed?since=2024-03-04&id=0f8fad5bd9cb469fa16570867728950e"
            + "&codes=2&codes=0&current=Completed",
            sent!.RequestUri!.AbsoluteUri);
        Assert.Equal("2024-01-02", sent.Headers.GetValues("X-Since").Single());
    }

    [Theory]
    [InlineData(Stage.InProgress)]
    [InlineData(Stage.Completed)]
    [InlineData(Stage.NoShow)]
    [InlineData((Stage)42)]
    public async Task An_enum_written_as_a_JSON_string_is_sent_by_the_same_name_in_path_query_and_header(Stage stage)
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        HttpRequestMessage? sent = null;
        handler.When("*").Respond(request =>
        {
            sent = request;
            return new HttpResponseMessage(System.Net.HttpStatusCode.NoContent);
        });

        await api.FormattedAsync(new DateOnly(2024, 1, 2), 1, stage, s_utc, null, null, stage, stage, [stage, stage], stage, null);

        // What System.Text.Json writes for the value, without its quotes, is the text sent everywhere.
        string json = System.Text.Json.JsonSerializer.Serialize(stage, TestJsonContext.Default.Stage).Trim('"');
        string escaped = Uri.EscapeDataString(json);
        Assert.Equal(
            "https://api.test/v1/days/20240102/rooms/0001/stages/" + escaped + "?since=2024-01-02&current=" + escaped
            + "&previous=" + escaped + "&stage%5B%5D=" + escaped + "&stage%5B%5D=" + escaped,
            sent!.RequestUri!.AbsoluteUri);
        Assert.Equal(json, sent.Headers.GetValues("X-Stage").Single());
        Assert.False(sent.Headers.Contains("X-Since"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(24)]
    [InlineData(27)]
    [InlineData(31)]
    [InlineData(32)]
    public async Task A_flags_combination_of_renamed_members_is_sent_as_System_Text_Json_writes_it(int bits)
    {
        var access = (Access)bits;
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        HttpRequestMessage? sent = null;
        handler.When("*").Respond(request =>
        {
            sent = request;
            return new HttpResponseMessage(System.Net.HttpStatusCode.NoContent);
        });

        await api.AccessAsync(access, access, access);

        string json = System.Text.Json.JsonSerializer.Serialize(access, TestJsonContext.Default.Access).Trim('"');
        string escaped = Uri.EscapeDataString(json);
        Assert.Equal("https://api.test/v1/access/" + escaped + "?current=" + escaped, sent!.RequestUri!.AbsoluteUri);
        Assert.Equal(json, sent.Headers.GetValues("X-Access").Single());
    }

    [Fact]
    public async Task Dates_are_written_the_same_under_a_culture_with_other_separators()
    {
        System.Globalization.CultureInfo previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
        try
        {
            (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
            handler.Expect("https://api.test/v1/moments/2024-01-02?since=2024-01-02T13%3A45%3A00.0000000Z&window=00%3A00%3A05")
                .Respond(System.Net.HttpStatusCode.NoContent);

            await api.FormatAsync(new DateOnly(2024, 1, 2), s_utc, null, TimeSpan.FromSeconds(5), null, s_utc);

            handler.VerifyNoOutstandingExpectation();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task Content_headers_go_on_the_body_and_replace_what_the_body_set()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        string? language = null;
        string? contentType = null;
        handler.When("*").Respond(request =>
        {
            language = string.Join(",", request.Content!.Headers.ContentLanguage);
            contentType = request.Content.Headers.ContentType?.ToString();
            return new HttpResponseMessage(System.Net.HttpStatusCode.NoContent);
        });

        await api.PutNoteAsync(new Item { Name = "n" }, "de-CH", "application/merge-patch+json");

        Assert.Equal("de-CH", language);
        Assert.Equal("application/merge-patch+json", contentType);
    }

    [Fact]
    public async Task A_content_type_left_null_keeps_the_bodys_own()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        string? contentType = null;
        handler.When("*").Respond(request =>
        {
            contentType = request.Content!.Headers.ContentType?.MediaType;
            return new HttpResponseMessage(System.Net.HttpStatusCode.NoContent);
        });

        await api.PutNoteAsync(new Item(), "en", null);

        Assert.Equal("application/json", contentType);
    }

    [Fact]
    public void A_header_the_request_refuses_throws_instead_of_being_dropped()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/");

        InvalidOperationException exception = Assert.Throws<InvalidOperationException>(
            () => Runtime.RequestArguments.AddHeader(request, "Content-Type", "text/plain"));

        Assert.Contains("'Content-Type'", exception.Message, StringComparison.Ordinal);
    }
}
