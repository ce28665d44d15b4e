using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace SmarterProctoring.Declarative.Benchmarks;

/// <summary>Six filters of a report, named for both libraries (JSON names for ours, AliasAs for Refit).</summary>
public sealed class BenchFilter
{
    [JsonPropertyName("status")]
    [Refit.AliasAs("status")]
    public string? Status { get; init; }

    [JsonPropertyName("courseSid")]
    [Refit.AliasAs("courseSid")]
    public string? CourseSid { get; init; }

    [JsonPropertyName("limit")]
    [Refit.AliasAs("limit")]
    public int? Limit { get; init; }

    [JsonPropertyName("offset")]
    [Refit.AliasAs("offset")]
    public int? Offset { get; init; }

    [JsonPropertyName("includeActive")]
    [Refit.AliasAs("includeActive")]
    public bool? IncludeActive { get; init; }

    [JsonPropertyName("sortKeys")]
    [Refit.AliasAs("sortKeys")]
    [Query(CollectionFormat = QueryCollectionFormat.Csv)]
    [Refit.Query(Refit.CollectionFormat.Csv)]
    public string[]? SortKeys { get; init; }
}

/// <summary>An OAuth client-credentials form.</summary>
public sealed class BenchCredentials
{
    [JsonPropertyName("grant_type")]
    [Refit.AliasAs("grant_type")]
    public string GrantType { get; init; } = "client_credentials";

    [JsonPropertyName("client_id")]
    [Refit.AliasAs("client_id")]
    public string? ClientId { get; init; }

    [JsonPropertyName("client_secret")]
    [Refit.AliasAs("client_secret")]
    public string? ClientSecret { get; init; }

    [JsonPropertyName("scope")]
    [Refit.AliasAs("scope")]
    public string? Scope { get; init; }
}

/// <summary>Our declarations of the two calls.</summary>
public partial interface IRequestShapeBenchApi
{
    [Get("/v1/reports/appointments")]
    Task<string> ListAsync([Query] BenchFilter filter, CancellationToken cancellationToken = default);

    [Post("/oidc/token")]
    Task<string> TokenAsync([Form] BenchCredentials credentials, CancellationToken cancellationToken = default);

    [Post("/v1/files")]
    [Multipart]
    Task<string> UploadAsync([Part(FileName = "report.pdf", ContentType = "application/pdf")] byte[] file, string description, CancellationToken cancellationToken = default);
}

/// <summary>The same two calls through Refit 16.4.</summary>
public interface IRefitRequestShapeBenchApi
{
    [Refit.Get("/v1/reports/appointments")]
    Task<string> ListAsync([Refit.Query] BenchFilter filter);

    [Refit.Post("/oidc/token")]
    Task<string> TokenAsync([Refit.Body(Refit.BodySerializationMethod.UrlEncoded)] BenchCredentials credentials);

    [Refit.Multipart]
    [Refit.Post("/v1/files")]
    Task<string> UploadAsync([Refit.AliasAs("file")] Refit.ByteArrayPart file, [Refit.AliasAs("description")] string description);
}

/// <summary>
/// A GET with a six-field query object, a form POST and a 1 MB multipart upload, through an in-memory transport that reads the request as a
/// server would (the query string, the form bytes): ours, Refit 16.4 and hand-written code (the baseline).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RequestShapeBenchmarks
{
    private static readonly BenchFilter s_filter = new()
    {
        Status = "scheduled",
        CourseSid = "CU0123456789abcdef0123456789abcdef",
        Limit = 50,
        Offset = 100,
        IncludeActive = true,
        SortKeys = ["appointmentDate", "lastName"],
    };

    private static readonly BenchCredentials s_credentials = new() { ClientId = "client 42", ClientSecret = "s3cr+t/value=", Scope = "reports.read" };

    private static readonly byte[] s_file = CreateFile(1024 * 1024);

    private IRequestShapeBenchApi _generated = null!;
    private IRefitRequestShapeBenchApi _refit = null!;
    private HttpClient _handWritten = null!;

    [GlobalSetup]
    public void Setup()
    {
        HttpClient NewClient() => new(new ReadingHandler()) { BaseAddress = Payloads.BaseAddress };
        _generated = IRequestShapeBenchApi.Create(NewClient());
        _refit = Refit.RestService.For<IRefitRequestShapeBenchApi>(NewClient());
        _handWritten = NewClient();
    }

    [Benchmark(Baseline = true, Description = "GET, six-field query object, hand-written")]
    [BenchmarkCategory("Query")]
    public async Task<string> QueryHandWritten()
    {
        BenchFilter f = s_filter;
        var uri = new StringBuilder("v1/reports/appointments");
        char separator = '?';
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                uri.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }
        }

        Add("status", f.Status);
        Add("courseSid", f.CourseSid);
        Add("limit", f.Limit?.ToString(CultureInfo.InvariantCulture));
        Add("offset", f.Offset?.ToString(CultureInfo.InvariantCulture));
        Add("includeActive", f.IncludeActive is bool active ? (active ? "true" : "false") : null);
        if (f.SortKeys is { Length: > 0 } keys)
        {
            uri.Append(separator).Append("sortKeys=");
            for (int i = 0; i < keys.Length; i++)
            {
                uri.Append(i == 0 ? string.Empty : ",").Append(Uri.EscapeDataString(keys[i]));
            }
        }

        using HttpResponseMessage response = await _handWritten.GetAsync(uri.ToString(), HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }

    [Benchmark(Description = "GET, six-field query object, SmarterProctoring.Declarative")]
    [BenchmarkCategory("Query")]
    public Task<string> QueryGenerated() => _generated.ListAsync(s_filter);

    [Benchmark(Description = "GET, six-field query object, Refit 16.4")]
    [BenchmarkCategory("Query")]
    public Task<string> QueryRefit() => _refit.ListAsync(s_filter);

    [Benchmark(Baseline = true, Description = "POST form, hand-written")]
    [BenchmarkCategory("Form")]
    public async Task<string> FormHandWritten()
    {
        BenchCredentials c = s_credentials;
        var fields = new List<KeyValuePair<string, string>>(4) { new("grant_type", c.GrantType) };
        if (c.ClientId is not null)
        {
            fields.Add(new("client_id", c.ClientId));
        }

        if (c.ClientSecret is not null)
        {
            fields.Add(new("client_secret", c.ClientSecret));
        }

        if (c.Scope is not null)
        {
            fields.Add(new("scope", c.Scope));
        }

        using var content = new FormUrlEncodedContent(fields);
        using HttpResponseMessage response = await _handWritten.PostAsync("oidc/token", content).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }

    [Benchmark(Description = "POST form, SmarterProctoring.Declarative")]
    [BenchmarkCategory("Form")]
    public Task<string> FormGenerated() => _generated.TokenAsync(s_credentials);

    [Benchmark(Description = "POST form, Refit 16.4")]
    [BenchmarkCategory("Form")]
    public Task<string> FormRefit() => _refit.TokenAsync(s_credentials);

    [Benchmark(Baseline = true, Description = "POST multipart 1 MB, hand-written")]
    [BenchmarkCategory("Multipart")]
    public async Task<string> MultipartHandWritten()
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(s_file);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", "report.pdf");
        content.Add(new StringContent("quarterly report"), "description");
        using HttpResponseMessage response = await _handWritten.PostAsync("v1/files", content).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }

    [Benchmark(Description = "POST multipart 1 MB, SmarterProctoring.Declarative")]
    [BenchmarkCategory("Multipart")]
    public Task<string> MultipartGenerated() => _generated.UploadAsync(s_file, "quarterly report");

    [Benchmark(Description = "POST multipart 1 MB, Refit 16.4")]
    [BenchmarkCategory("Multipart")]
    public Task<string> MultipartRefit() => _refit.UploadAsync(new Refit.ByteArrayPart(s_file, "report.pdf", "application/pdf"), "quarterly report");

    private static byte[] CreateFile(int length)
    {
        var bytes = new byte[length];
        new Random(42).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Reads what a server reads — the URI's query and the body's bytes — and answers a small text body.</summary>
    private sealed class ReadingHandler : HttpMessageHandler
    {
        private static readonly byte[] s_answer = "accepted"u8.ToArray();
        private static readonly MediaTypeHeaderValue s_text = new("text/plain");

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.Query.Length == 0 && request.Content is null)
            {
                throw new InvalidOperationException("The request carried neither a query nor a body.");
            }

            if (request.Content is not null)
            {
                await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
            }

            var content = new ByteArrayContent(s_answer);
            content.Headers.ContentType = s_text;
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }
    }
}
