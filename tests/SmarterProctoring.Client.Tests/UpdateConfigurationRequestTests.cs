using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;
using Xunit;

namespace SmarterProctoring.Client.Tests;

/// <summary>The request UpdateAsync sends is exactly the one the reference page documents.</summary>
public sealed class UpdateConfigurationRequestTests
{
    [Fact]
    public async Task A_fully_populated_update_sends_the_documented_put()
    {
        (IExamConfigurationsApi api, MockHttpMessageHandler handler) = Fixtures.CreateApi();
        Captured captured = Capture(handler);

        await api.UpdateAsync(Fixtures.InstallSid, Fixtures.CourseSid, Fixtures.ExamSid, Fixtures.ExamConfigurationSid, Fixtures.FullRequest());

        Assert.Equal(HttpMethod.Put, captured.Method);
        Assert.Equal(Fixtures.ConfigurationUri, captured.Uri);
        Assert.Equal([Fixtures.Token], captured.Token);
        Assert.Equal("application/json", captured.ContentType);
        Assert.Equal(Fixtures.FullRequestJson, captured.Body);
        Assert.Equal(Fixtures.FullRequestJson.Length, captured.ContentLength);
    }

    [Fact]
    public async Task A_minimal_update_sends_required_fields_as_null_and_leaves_optional_ones_out()
    {
        (IExamConfigurationsApi api, MockHttpMessageHandler handler) = Fixtures.CreateApi();
        Captured captured = Capture(handler);

        await api.UpdateAsync(Fixtures.InstallSid, Fixtures.CourseSid, Fixtures.ExamSid, Fixtures.ExamConfigurationSid, Fixtures.MinimalRequest());

        Assert.Equal(Fixtures.MinimalRequestJson, captured.Body);
    }

    [Fact]
    public async Task A_get_sends_no_body_and_the_token()
    {
        (IExamConfigurationsApi api, MockHttpMessageHandler handler) = Fixtures.CreateApi();
        Captured captured = Capture(handler);

        await api.GetAsync(Fixtures.InstallSid, Fixtures.CourseSid, Fixtures.ExamSid, Fixtures.ExamConfigurationSid);

        Assert.Equal(HttpMethod.Get, captured.Method);
        Assert.Equal(Fixtures.ConfigurationUri, captured.Uri);
        Assert.Equal([Fixtures.Token], captured.Token);
        Assert.Null(captured.Body);
    }

    [Fact]
    public void Request_dates_are_written_in_utc_with_milliseconds_and_a_trailing_Z()
    {
        UpdateExamConfigurationRequest request = Fixtures.MinimalRequest() with
        {
            ExamOpenDate = new DateTimeOffset(1970, 1, 1, 5, 30, 0, TimeSpan.FromHours(5.5)),
        };

        string json = System.Text.Json.JsonSerializer.Serialize(request, IExamConfigurationsApi.JsonContext.Default.UpdateExamConfigurationRequest);

        Assert.Contains("\"examOpenDate\":\"1970-01-01T00:00:00.000Z\"", json, StringComparison.Ordinal);
    }

    private static Captured Capture(MockHttpMessageHandler handler)
    {
        var captured = new Captured();
        handler.When("*").Respond(async request =>
        {
            captured.Method = request.Method;
            captured.Uri = request.RequestUri!.AbsoluteUri;
            captured.Token = request.Headers.TryGetValues("token", out var values) ? [.. values] : [];
            captured.ContentType = request.Content?.Headers.ContentType?.ToString();
            captured.ContentLength = request.Content?.Headers.ContentLength;
            captured.Body = request.Content is null ? null : await request.Content.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Fixtures.DocumentedResponseJson, System.Text.Encoding.UTF8, "application/json") };
        });
        return captured;
    }

    private sealed class Captured
    {
        public HttpMethod? Method { get; set; }

        public string? Uri { get; set; }

        public string[] Token { get; set; } = [];

        public string? ContentType { get; set; }

        public long? ContentLength { get; set; }

        public string? Body { get; set; }
    }
}
