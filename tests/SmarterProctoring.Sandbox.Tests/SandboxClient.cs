using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Sandbox.Tests;

/// <summary>A plain <see cref="HttpClient"/> over real loopback, plus the request bodies and assertions the tests share.</summary>
internal sealed class SandboxClient : IDisposable
{
    /// <summary>The <c>X</c> of every <c>permittedX</c>/<c>permittedXInformation</c> pair, as the API reference lists them.</summary>
    public static readonly string[] PermittedItems =
        ["BathroomBreak", "BlankPaper", "Calculator", "Dictionary", "Earplugs", "FormulaSheet", "Notes", "Textbook", "Websites"];

    private readonly SmarterProctoringSandbox _sandbox;
    private readonly HttpClient _http;

    public SandboxClient(SmarterProctoringSandbox sandbox)
    {
        _sandbox = sandbox;
        _http = new HttpClient { BaseAddress = sandbox.BaseAddress };
    }

    public static string Path(SeededExamConfiguration sids) => Path(
        sids.InstallSid, sids.CourseSid, sids.ExamSid, sids.ExamConfigurationSid);

    public static string Path(string installSid, string courseSid, string examSid, string examConfigurationSid) =>
        $"v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}";

    public static string NewSid(string prefix) => prefix + Guid.NewGuid().ToString("N");

    /// <summary>The smallest valid Update Configuration body: every required property, the nullable ones null.</summary>
    public static JsonObject MinimalBody()
    {
        var body = new JsonObject { ["instructorAsProctor"] = new JsonArray() };
        foreach (string item in PermittedItems)
        {
            body["permitted" + item] = false;
            body["permitted" + item + "Information"] = null;
        }

        body["permittedOtherItems"] = null;
        return body;
    }

    public Task<HttpResponseMessage> GetAsync(SeededExamConfiguration sids) => GetAsync(Path(sids), _sandbox.Token);

    public Task<HttpResponseMessage> GetAsync(string path, string? token) => SendAsync(HttpMethod.Get, path, token, content: null);

    public Task<HttpResponseMessage> PutAsync(SeededExamConfiguration sids, JsonNode body) =>
        PutAsync(Path(sids), body.ToJsonString(), _sandbox.Token);

    public Task<HttpResponseMessage> PutAsync(string path, string body, string? token, string contentType = "application/json") =>
        SendAsync(HttpMethod.Put, path, token, new StringContent(body, Encoding.UTF8, contentType));

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Add("token", token);
        }

        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, HttpCompletionOption completion, System.Threading.CancellationToken cancellationToken = default)
    {
        request.Headers.Add("token", _sandbox.Token);
        return _http.SendAsync(request, completion, cancellationToken);
    }

    /// <summary>Asserts a 200 JSON response and returns its body.</summary>
    public static async Task<JsonObject> AssertOkAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return Assert.IsType<JsonObject>(JsonNode.Parse(text));
    }

    /// <summary>Asserts the documented error body <c>{"code","message","status"}</c> and returns the message.</summary>
    public static async Task<string> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument document = JsonDocument.Parse(text);
        JsonElement root = document.RootElement;
        Assert.Equal(code, root.GetProperty("code").GetString());
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        string? message = root.GetProperty("message").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        return message!;
    }

    /// <summary>Asserts a 400 <c>INVALIDINPUT</c> whose message names <paramref name="name"/> as a whole word.</summary>
    public static async Task AssertInvalidInputNamingAsync(HttpResponseMessage response, string name)
    {
        string message = await AssertErrorAsync(response, HttpStatusCode.BadRequest, "INVALIDINPUT");
        Assert.Matches(@"(^|\W)" + Regex.Escape(name) + @"(\W|$)", message);
    }

    public void Dispose() => _http.Dispose();
}
