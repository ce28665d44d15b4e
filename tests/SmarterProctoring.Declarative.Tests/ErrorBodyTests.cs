using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>[ErrorBody]: a failed answer's body read as the declared type, never a second exception.</summary>
public sealed class ErrorBodyTests
{
    [Fact]
    public async Task A_400_reads_its_own_type_and_other_statuses_the_interfaces_default()
    {
        IErrorsApi api = Api(request => request.RequestUri!.AbsolutePath switch
        {
            "/v1/things/bad" => Json(HttpStatusCode.BadRequest, """{"code":"INVALIDINPUT","fields":["name","count"]}"""),
            "/v1/things/gone" => Json(HttpStatusCode.NotFound, """{"code":"RESOURCENOTFOUND","message":"No such thing","status":404}"""),
            _ => Json(HttpStatusCode.InternalServerError, """{"code":"5003","message":"Down","status":500}"""),
        });

        ApiException bad = await Assert.ThrowsAsync<ApiException>(() => api.GetAsync("bad"));
        ApiException gone = await Assert.ThrowsAsync<ApiException>(() => api.GetAsync("gone"));
        ApiException down = await Assert.ThrowsAsync<ApiException>(() => api.GetAsync("down"));

        Assert.True(bad.TryGetError(out ValidationError? validation));
        Assert.Equal(["name", "count"], validation.Fields);
        Assert.False(bad.TryGetError(out ServiceError? _));
        Assert.True(gone.TryGetError(out ServiceError? missing));
        Assert.Equal(("RESOURCENOTFOUND", 404), (missing.Code, missing.Status));
        Assert.Equal("Down", Assert.IsType<ServiceError>(down.Error).Message);
    }

    [Fact]
    public async Task A_methods_error_body_wins_over_the_interfaces_and_reaches_ApiResponse()
    {
        IErrorsApi api = Api(request => request.RequestUri!.AbsolutePath.Contains("/x/", StringComparison.Ordinal)
            ? Json(HttpStatusCode.NotFound, """{"code":"RESOURCENOTFOUND","resource":"owner"}""")
            : Json(HttpStatusCode.Conflict, """{"code":"CONFLICT","message":"Busy"}"""));

        ApiResponse<Item> notFound = await api.GetOwnerAsync("x");
        ApiResponse<Item> conflict = await api.GetOwnerAsync("y");

        Assert.Equal("owner", Assert.IsType<NotFoundError>(notFound.Error!.Error).Resource);
        Assert.Equal("Busy", Assert.IsType<ServiceError>(conflict.Error!.Error).Message);
    }

    [Theory]
    [InlineData("text/html", "<html>Bad gateway</html>")]
    [InlineData("application/json", "[1,2,3]")]
    [InlineData("application/json", "{\"code\":")]
    public async Task A_body_that_is_not_the_error_type_leaves_Error_null_and_keeps_the_text(string mediaType, string body)
    {
        IErrorsApi api = Api(_ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent(body, Encoding.UTF8, mediaType) });

        ApiException error = await Assert.ThrowsAsync<ApiException>(() => api.GetAsync("t"));

        Assert.Null(error.Error);
        Assert.Equal(body, error.Content);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
    }

    [Fact]
    public async Task An_oversized_error_body_is_not_read_as_the_type()
    {
        string body = "{\"code\":\"BIG\",\"message\":\"" + new string('x', ApiException.MaxContentBytes) + "\"}";
        IErrorsApi api = Api(_ => Json(HttpStatusCode.InternalServerError, body));

        ApiException error = await Assert.ThrowsAsync<ApiException>(() => api.GetAsync("t"));

        Assert.True(error.IsContentTruncated);
        Assert.Null(error.Error);
    }

    [Fact]
    public async Task A_failed_page_carries_its_error_body()
    {
        IErrorsApi api = Api(request => request.RequestUri!.Query.Length == 0
            ? Json(HttpStatusCode.OK, PagingTests.Page(["a"], next: "/v1/things?page=2"))
            : Json(HttpStatusCode.BadRequest, """{"code":"INVALIDINPUT","fields":["page"]}"""));

        ApiException error = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (Item unused in api.ListAsync())
            {
            }
        });

        Assert.Equal(2, error.PageNumber);
        Assert.True(error.TryGetError(out ValidationError? validation));
        Assert.Equal(["page"], validation.Fields);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static IErrorsApi Api(Func<HttpRequestMessage, HttpResponseMessage> answer) =>
        IErrorsApi.Create(new HttpClient(new Answering(answer)) { BaseAddress = new Uri("https://api.test/") });

    private sealed class Answering(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
