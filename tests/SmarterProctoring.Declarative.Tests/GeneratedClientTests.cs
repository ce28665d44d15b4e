using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>What the generated implementation sends and how it reads answers, one feature at a time.</summary>
public sealed class GeneratedClientTests
{
    private const string ItemJson = """{"name":"pen","count":3}""";

    [Fact]
    public async Task Sid_route_values_are_sent_as_they_are()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.Expect(HttpMethod.Get, "https://api.test/v1/installs/" + TestData.InstallSid + "/items/" + TestData.ItemSid)
            .Respond("application/json", ItemJson);

        Item item = await api.GetItemAsync(TestData.InstallSid, TestData.ItemSid);

        Assert.Equal(("pen", 3), (item.Name, item.Count));
        handler.VerifyNoOutstandingExpectation();
    }

    [Theory]
    [InlineData("https://api.test/base/", "https://api.test/base/v1/items/first")]
    [InlineData("https://api.test/base", "https://api.test/base/v1/items/first")]
    [InlineData("https://api.test/?ignored=1#x", "https://api.test/v1/items/first")]
    public async Task A_base_address_path_is_kept_in_front_of_the_route(string baseAddress, string expected)
    {
        var handler = new MockHttpMessageHandler();
        string? sent = null;
        handler.When("*").Respond(request =>
        {
            sent = request.RequestUri!.AbsoluteUri;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(ItemJson) };
        });
        ITestApi api = ITestApi.Create(new HttpClient(handler) { BaseAddress = new Uri(baseAddress) });

        await api.FindAsync();

        Assert.Equal(expected, sent);
    }

    [Fact]
    public async Task A_base_address_set_after_creation_is_used()
    {
        var handler = new MockHttpMessageHandler();
        handler.Expect("https://late.test/v1/items/first").Respond("application/json", ItemJson);
        var httpClient = new HttpClient(handler);
        ITestApi api = ITestApi.Create(httpClient);
        httpClient.BaseAddress = new Uri("https://late.test/");

        await api.FindAsync();

        handler.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task No_base_address_is_reported_by_HttpClient_before_sending()
    {
        ITestApi api = ITestApi.Create(new HttpClient(new MockHttpMessageHandler()));

        InvalidOperationException exception = await Assert.ThrowsAsync<InvalidOperationException>(() => api.FindAsync());

        Assert.Contains("BaseAddress", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_sid_throws_before_anything_is_sent()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.Fallback.Throw(new InvalidOperationException("nothing should be sent"));

#pragma warning disable SPD4001 // The run-time check is what this test proves.
        ArgumentException exception = await Assert.ThrowsAsync<ArgumentException>(() => api.GetItemAsync(TestData.InstallSid, "IT123"));
#pragma warning restore SPD4001

        Assert.Equal("itemSid", exception.ParamName);
        Assert.Contains("^IT[a-f0-9]{32}$", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_sid_path_values_are_escaped_and_formatted_invariantly()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        string? sent = null;
        handler.When("*").Respond(request =>
        {
            sent = request.RequestUri!.AbsoluteUri;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(ItemJson, Encoding.UTF8, "application/json") };
        });

        await api.GetByNameAsync("a/b?c", -12);

        Assert.Equal("https://api.test/v1/items/a%2Fb%3Fc/versions/-12", sent);
    }

    [Fact]
    public async Task A_dot_dot_path_value_is_rejected_before_sending()
    {
        (ITestApi api, _) = TestData.CreateApi();

#pragma warning disable SPD4003 // The run-time check is what this test proves.
        ArgumentException exception = await Assert.ThrowsAsync<ArgumentException>(() => api.GetByNameAsync("..", 1));
#pragma warning restore SPD4003

        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public async Task Query_parameters_are_appended_in_declaration_order_and_nulls_left_out()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        string? sent = null;
        handler.When("*").Respond(request =>
        {
            sent = request.RequestUri!.PathAndQuery;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(ItemJson) };
        });

        await api.ListAsync(offset: null, limit: 20, sortKeys: ["name", "date"], includeActive: false, ratio: 0.25, owner: null);

        Assert.Equal("/v1/items?limit=20&sortKeys%5B%5D=name&sortKeys%5B%5D=date&includeActive=false&ratio=0.25", sent);
    }

    [Fact]
    public async Task An_optional_sid_query_value_is_checked_when_present()
    {
        (ITestApi api, _) = TestData.CreateApi();

#pragma warning disable SPD4001 // The run-time check is what this test proves.
        ArgumentException exception = await Assert.ThrowsAsync<ArgumentException>(
            () => api.ListAsync(null, 1, null, null, null, owner: "US-not-a-sid"));
#pragma warning restore SPD4001

        Assert.Equal("owner", exception.ParamName);
    }

    [Fact]
    public async Task Body_is_json_with_content_length_and_headers_are_added()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        string? body = null;
        HttpRequestMessage? captured = null;
        handler.When(HttpMethod.Post, "https://api.test/v1/items").Respond(async request =>
        {
            captured = request;
            body = await request.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(ItemJson) };
        });

        await api.CreateAsync(new Item { Name = "pen", Count = 3 }, requestId: "r-1", attempt: 2);

        Assert.Equal(ItemJson, body);
        Assert.Equal("application/json", captured!.Content!.Headers.ContentType!.ToString());
        Assert.Equal(ItemJson.Length, captured.Content.Headers.ContentLength);
        Assert.Equal(["r-1"], captured.Headers.GetValues("X-Request-Id"));
        Assert.Equal(["2"], captured.Headers.GetValues("X-Attempt"));
    }

    [Fact]
    public async Task Null_headers_are_left_out()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        HttpRequestMessage? captured = null;
        handler.When("*").Respond(request =>
        {
            captured = request;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(ItemJson) };
        });

        await api.CreateAsync(new Item());

        Assert.False(captured!.Headers.Contains("X-Request-Id"));
        Assert.False(captured.Headers.Contains("X-Attempt"));
    }

    [Fact]
    public async Task A_header_value_with_a_line_break_is_rejected()
    {
        (ITestApi api, _) = TestData.CreateApi();

#pragma warning disable SPD4002 // The run-time check is what this test proves.
        ArgumentException exception = await Assert.ThrowsAsync<ArgumentException>(() => api.CreateAsync(new Item(), requestId: "a\r\nX-Evil: 1"));
#pragma warning restore SPD4002

        Assert.Equal("requestId", exception.ParamName);
    }

    [Fact]
    public async Task Only_methods_marked_Idempotent_mark_their_posts_as_repeatable()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        var repeatable = new System.Collections.Generic.List<bool>();
        handler.When("*").Respond(request =>
        {
            repeatable.Add(SmarterProctoring.Declarative.Http.ApiRequestOptions.IsRepeatable(request));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(ItemJson) };
        });

        await api.ProvisionAsync(new Item());
        await api.CreateAsync(new Item());
        await api.DeleteAsync(TestData.ItemSid);

        Assert.Equal([true, false, true], repeatable);
    }

    [Fact]
    public async Task A_null_body_is_an_ArgumentNullException()
    {
        (ITestApi api, _) = TestData.CreateApi();

        Assert.Equal("item", (await Assert.ThrowsAsync<ArgumentNullException>(() => api.CreateAsync(null!))).ParamName);
    }

    [Fact]
    public async Task Task_methods_succeed_on_2xx_and_throw_ApiException_otherwise()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.Expect(HttpMethod.Delete, "https://api.test/v1/items/" + TestData.ItemSid).Respond(HttpStatusCode.NoContent);
        handler.Expect(HttpMethod.Delete, "https://api.test/v1/items/" + TestData.ItemSid).Respond(HttpStatusCode.Conflict);

        await api.DeleteAsync(TestData.ItemSid);
        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => api.DeleteAsync(TestData.ItemSid));

        Assert.Equal(HttpStatusCode.Conflict, exception.StatusCode);
        Assert.Equal("DELETE", exception.Method);
        Assert.Equal("/v1/items/{itemSid}", exception.RouteTemplate);
    }

    [Fact]
    public async Task ValueTask_methods_send_patch()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.Expect(HttpMethod.Patch, "https://api.test/v1/items/" + TestData.ItemSid).Respond("application/json", ItemJson);

        Item item = await api.PatchAsync(TestData.ItemSid, new Item());

        Assert.Equal("pen", item.Name);
    }

    [Fact]
    public async Task An_error_status_with_a_json_body_keeps_code_message_status_route_and_uri()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.When("*").Respond(HttpStatusCode.NotFound, "application/json", """{"code":"RESOURCENOTFOUND","message":"Item not found","status":404}""");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => api.GetItemAsync(TestData.InstallSid, TestData.ItemSid));

        Assert.Equal(ApiExceptionKind.UnsuccessfulStatus, exception.Kind);
        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Equal("RESOURCENOTFOUND", exception.ErrorCode);
        Assert.Equal("Item not found", exception.ErrorMessage);
        Assert.Equal("/v1/installs/{installSid}/items/{itemSid}", exception.RouteTemplate);
        Assert.Equal("https://api.test/v1/installs/" + TestData.InstallSid + "/items/" + TestData.ItemSid, exception.RequestUri!.AbsoluteUri);
        Assert.Equal(
            "GET /v1/installs/{installSid}/items/{itemSid} answered 404 (Not Found) RESOURCENOTFOUND: Item not found. Request URI: https://api.test/v1/installs/"
            + TestData.InstallSid + "/items/" + TestData.ItemSid,
            exception.Message);
    }

    [Fact]
    public async Task A_numeric_error_code_is_read_as_text()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.When("*").Respond(HttpStatusCode.Forbidden, "application/json", """{"code":5003,"message":"Token expired","status":403}""");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => api.FindAsync());

        Assert.Equal("5003", exception.ErrorCode);
    }

    [Fact]
    public async Task An_error_status_with_a_text_body_keeps_the_text_and_no_code()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.When("*").Respond(HttpStatusCode.InternalServerError, "text/plain", "upstream exploded");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => api.FindAsync());

        Assert.Equal("upstream exploded", exception.Content);
        Assert.Null(exception.ErrorCode);
        Assert.Equal("GET /v1/items/first answered 500 (Internal Server Error). Request URI: https://api.test/v1/items/first", exception.Message);
    }

    [Fact]
    public async Task A_huge_error_body_is_kept_only_up_to_the_bound()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.When("*").Respond(HttpStatusCode.BadGateway, "text/html", new string('x', 100_000));

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => api.FindAsync());

        Assert.True(exception.IsContentTruncated);
        Assert.Equal(ApiException.MaxContentBytes, exception.Content!.Length);
    }

    [Fact]
    public async Task A_malformed_success_body_is_an_ApiException_naming_the_type_with_the_JsonException_inside()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.When("*").Respond("application/json", """{"name":"pen","count":""");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => api.GetItemAsync(TestData.InstallSid, TestData.ItemSid));

        Assert.Equal(ApiExceptionKind.UnreadableContent, exception.Kind);
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
        Assert.StartsWith("GET /v1/installs/{installSid}/items/{itemSid} answered 200 (OK), but its body could not be read as Item: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_success_body_that_is_not_json_says_which_content_type_came()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.When("*").Respond("text/html", "<html>maintenance</html>");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => api.GetItemAsync(TestData.InstallSid, TestData.ItemSid));

        Assert.Contains("The response Content-Type was 'text/html', not JSON.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_null_is_an_error_for_a_non_nullable_result_and_null_for_a_nullable_one()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.When("*").Respond("application/json", "null");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => api.GetItemAsync(TestData.InstallSid, TestData.ItemSid));
        Item? found = await api.FindAsync();

        Assert.Contains("the body is JSON null", exception.Message, StringComparison.Ordinal);
        Assert.Null(found);
    }

    [Fact]
    public async Task ApiResponse_returns_content_on_success_and_the_error_otherwise_without_throwing()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.Expect("*").Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(ItemJson) };
            response.Headers.Add("X-Rate-Remaining", "9");
            return response;
        });
        handler.Expect("*").Respond(HttpStatusCode.TooManyRequests, "application/json", """{"code":"RATELIMITED","message":"slow down"}""");

        ApiResponse<Item> success = await api.GetResponseAsync();
        ApiResponse<Item> failure = await api.GetResponseAsync();

        Assert.True(success.IsSuccessful);
        Assert.Equal("pen", success.Content!.Name);
        Assert.Equal(["9"], success.Headers.GetValues("X-Rate-Remaining"));
        Assert.False(failure.IsSuccessful);
        Assert.Equal(HttpStatusCode.TooManyRequests, failure.StatusCode);
        Assert.Equal("RATELIMITED", failure.Error!.ErrorCode);
        Assert.Same(failure.Error, await Assert.ThrowsAsync<ApiException>(() => Task.FromResult(failure.GetContentOrThrow())));
    }

    [Fact]
    public async Task A_cancelled_token_cancels_before_sending()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.When("*").Respond("application/json", ItemJson);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        OperationCanceledException exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => api.GetItemAsync(TestData.InstallSid, TestData.ItemSid, cancellation.Token));

        Assert.Equal(cancellation.Token, exception.CancellationToken);
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_the_answer_surfaces_OperationCanceledException()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.When("*").Respond(async () =>
        {
            await Task.Delay(Timeout.Infinite, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => api.DeleteAsync(TestData.ItemSid, cancellation.Token));
    }
}
