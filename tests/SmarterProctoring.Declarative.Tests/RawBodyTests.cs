using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>Raw bodies: streams that own their response, text, bytes, the response itself, and ApiResponse without content.</summary>
public sealed class RawBodyTests
{
    [Fact]
    public async Task A_stream_is_not_buffered_and_disposing_it_releases_the_response()
    {
        var content = new CountingContent(Encoding.UTF8.GetBytes("file bytes"));
        var server = new PagingTests.PageServer(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = content });

        Stream stream = await server.Api.DownloadAsync("report.pdf");
        Assert.Equal(0, content.Disposals);
        Assert.False(content.WasBuffered);
        using (var reader = new StreamReader(stream))
        {
            Assert.Equal("file bytes", await reader.ReadToEndAsync());
        }

        Assert.Equal(1, content.Disposals);
        Assert.Equal("/v1/files/report.pdf", server.Requests[0].Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_stream_call_that_fails_throws_and_releases_the_response()
    {
        var content = new CountingContent(Encoding.UTF8.GetBytes("""{"code":"RESOURCENOTFOUND"}"""), "application/json");
        var server = new PagingTests.PageServer(_ => new HttpResponseMessage(HttpStatusCode.NotFound) { Content = content });

        ApiException error = await Assert.ThrowsAsync<ApiException>(() => server.Api.DownloadAsync("missing"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("RESOURCENOTFOUND", error.ErrorCode);
        Assert.Equal(1, content.Disposals);
    }

    [Theory]
    [InlineData("application/json", "\"rescheduled \\u002B moved\"", "rescheduled + moved")]
    [InlineData("application/problem+json", "\"done\"", "done")]
    [InlineData("text/plain", "\"kept as written\"", "\"kept as written\"")]
    [InlineData("text/plain", "", "")]
    public async Task Text_is_a_json_strings_value_when_the_answer_is_json_and_the_raw_text_otherwise(string mediaType, string body, string expected)
    {
        var server = new PagingTests.PageServer(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new CountingContent(Encoding.UTF8.GetBytes(body), mediaType) });

        Assert.Equal(expected, await server.Api.GetTextAsync("n1"));
    }

    [Fact]
    public async Task Text_is_decoded_by_its_charset()
    {
        var server = new PagingTests.PageServer(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("Grüße", Encoding.Latin1, "text/plain"),
        });

        Assert.Equal("Grüße", await server.Api.GetTextAsync("n1"));
    }

    [Theory]
    [InlineData("null", "the body is JSON null")]
    [InlineData("42", "the body is a JSON number, not a string")]
    [InlineData("{\"a\":1}", "the body is a JSON object, not a string")]
    [InlineData("\"a\" \"b\"", "the body holds more than one JSON value")]
    [InlineData("", "the body is empty")]
    public async Task Json_that_is_not_one_string_is_unreadable_content(string body, string problem)
    {
        var server = new PagingTests.PageServer(_ => PagingTests.PageServer.Json(body));

        ApiException error = await Assert.ThrowsAsync<ApiException>(() => server.Api.GetTextAsync("n1"));

        Assert.Equal(ApiExceptionKind.UnreadableContent, error.Kind);
        Assert.Contains("could not be read as String: " + problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nullable_text_result_reads_json_null_as_null()
    {
        var server = new PagingTests.PageServer(_ => PagingTests.PageServer.Json("null"));

        Assert.Null(await server.Api.FindTextAsync("n1"));
    }

    [Fact]
    public async Task Bytes_are_the_body_whatever_its_type()
    {
        byte[] bytes = [0, 1, 2, 250, 255];
        var server = new PagingTests.PageServer(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new CountingContent(bytes, "application/json") });

        Assert.Equal(bytes, await server.Api.GetBytesAsync("b1"));
    }

    [Fact]
    public async Task The_response_itself_is_returned_unread_whatever_its_status()
    {
        var content = new CountingContent(Encoding.UTF8.GetBytes("oops"), "text/plain");
        var server = new PagingTests.PageServer(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = content });

        using (HttpResponseMessage response = await server.Api.GetRawAsync("r1"))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal(0, content.Disposals);
            Assert.False(content.WasBuffered);
            Assert.Equal("oops", await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(1, content.Disposals);
    }

    [Fact]
    public async Task An_ApiResponse_without_content_gives_status_and_headers_and_never_throws_for_the_status()
    {
        var server = new PagingTests.PageServer(request => request.RequestUri!.AbsolutePath.EndsWith("/gone", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("""{"code":"RESOURCENOTFOUND","message":"No such thing"}""", Encoding.UTF8, "application/json") }
            : new HttpResponseMessage(HttpStatusCode.NoContent) { Headers = { { "X-Request-Id", "r-1" } } });

        ApiResponse deleted = await server.Api.DeleteAsync("t1");
        ApiResponse missing = await server.Api.DeleteAsync("gone");

        Assert.True(deleted.IsSuccessful);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["r-1"], deleted.Headers.GetValues("X-Request-Id"));
        deleted.EnsureSuccessful();
        Assert.False(missing.IsSuccessful);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("RESOURCENOTFOUND", missing.Error!.ErrorCode);
        Assert.Same(missing.Error, Assert.Throws<ApiException>(missing.EnsureSuccessful));
        Assert.Equal("ApiResponse 404 Not Found", missing.ToString());
    }

    [Fact]
    public async Task An_ApiResponse_of_text_reads_the_text_or_keeps_the_error()
    {
        var server = new PagingTests.PageServer(request => request.RequestUri!.AbsolutePath.Contains("/bad/", StringComparison.Ordinal)
            ? PagingTests.PageServer.Json("[1]")
            : PagingTests.PageServer.Json("\"ok\""));

        ApiResponse<string> good = await server.Api.GetTextResponseAsync("n1");
        ApiResponse<string> bad = await server.Api.GetTextResponseAsync("bad");

        Assert.Equal("ok", good.Content);
        Assert.True(good.IsSuccessful);
        Assert.Equal(ApiExceptionKind.UnreadableContent, bad.Error!.Kind);
        Assert.Null(bad.Content);
    }

    /// <summary>A body that counts how often it is disposed and tells whether anyone buffered it.</summary>
    private sealed class CountingContent : HttpContent
    {
        private readonly byte[] _bytes;

        public CountingContent(byte[] bytes, string mediaType = "application/octet-stream")
        {
            _bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        }

        public int Disposals { get; private set; }

        public bool WasBuffered { get; private set; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            WasBuffered = true;
            return stream.WriteAsync(_bytes, 0, _bytes.Length);
        }

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new MemoryStream(_bytes, writable: false));

        protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => CreateContentReadStreamAsync();

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Disposals++;
            }

            base.Dispose(disposing);
        }
    }
}
