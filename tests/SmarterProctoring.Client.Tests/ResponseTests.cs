using System;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;
using SmarterProctoring.Declarative;
using Xunit;

namespace SmarterProctoring.Client.Tests;

/// <summary>How answers of the API become results and errors.</summary>
public sealed class ResponseTests
{
    [Fact]
    public async Task The_documented_response_maps_every_field()
    {
        (IExamConfigurationsApi api, MockHttpMessageHandler handler) = Fixtures.CreateApi();
        handler.When("*").Respond("application/json", Fixtures.DocumentedResponseJson);

        ExamConfiguration configuration = await Get(api);

        Assert.Equal(Fixtures.ExamConfigurationSid, configuration.Sid);
        Assert.Equal(Fixtures.ExamSid, configuration.ExamSid);
        Assert.Null(configuration.ReferenceExamConfigurationSid);
        Assert.Equal("2026-12-01T09:00:00.000Z", configuration.ExamOpenDate);
        Assert.Equal((90d, 2d, 1.5d), (configuration.Duration, configuration.Attempts, configuration.AttemptsRemaining));
        Assert.Equal((false, true), (configuration.Locked, configuration.Approved));
        Assert.Null(configuration.PermittedEarplugs);
        Assert.Equal("Course site only", configuration.PermittedWebsitesInformation);
        Assert.Equal([Fixtures.ProctorTypeSid], configuration.ProctorTypes);
        Assert.Equal("2026-11-26T12:00:00.000Z", configuration.EditDate);
    }

    [Fact]
    public async Task Loosely_documented_fields_read_a_string_an_object_an_array_or_null()
    {
        (IExamConfigurationsApi api, MockHttpMessageHandler handler) = Fixtures.CreateApi();
        handler.When("*").Respond("application/json", Fixtures.DocumentedResponseJson);

        ExamConfiguration configuration = await Get(api);

        Assert.Equal(JsonValueKind.Array, configuration.Attachments!.Value.ValueKind);
        Assert.Equal("a.pdf", configuration.Attachments.Value[0].GetProperty("attachmentAwsTitle").GetString());
        Assert.Equal(JsonValueKind.Object, configuration.Exam!.Value.ValueKind);
        Assert.Equal(JsonValueKind.String, configuration.Course!.Value.ValueKind);
        Assert.Null(configuration.Enrollment);
        Assert.Null(configuration.ExamFiles);
        Assert.Equal("Ada Lovelace", configuration.Instructor!.Value.GetString());
        Assert.Equal(JsonValueKind.Array, configuration.InstructorAsProctor!.Value.ValueKind);
        Assert.True(configuration.ModalityOptions!.Value.GetProperty("recordScreen").GetBoolean());
        Assert.Equal(0, configuration.UpdatedAutomatedSessions!.Value.GetArrayLength());
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "INVALIDINPUT", "examOpenDate must end in Z")]
    [InlineData(HttpStatusCode.Forbidden, "AUTHENTICATIONFAILED", "Invalid or expired token")]
    [InlineData(HttpStatusCode.NotFound, "RESOURCENOTFOUND", "Exam configuration not found")]
    [InlineData(HttpStatusCode.InternalServerError, "INTERNALERROR", "Something went wrong")]
    public async Task An_error_with_a_json_body_is_an_ApiException_with_its_code_and_message(HttpStatusCode status, string code, string message)
    {
        (IExamConfigurationsApi api, MockHttpMessageHandler handler) = Fixtures.CreateApi();
        handler.When("*").Respond(status, "application/json", "{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"status\":" + (int)status + "}");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => Update(api));

        Assert.Equal(status, exception.StatusCode);
        Assert.Equal(code, exception.ErrorCode);
        Assert.Equal(message, exception.ErrorMessage);
        Assert.Equal("PUT", exception.Method);
        Assert.Equal("/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}", exception.RouteTemplate);
        Assert.Equal(Fixtures.ConfigurationUri, exception.RequestUri!.AbsoluteUri);
        Assert.StartsWith(
            "PUT /v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid} answered " + (int)status,
            exception.Message,
            StringComparison.Ordinal);
        Assert.Contains(code + ": " + message + ".", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task An_error_without_a_body_is_an_ApiException_with_the_status(HttpStatusCode status)
    {
        (IExamConfigurationsApi api, MockHttpMessageHandler handler) = Fixtures.CreateApi();
        handler.When("*").Respond(status);

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => Get(api));

        Assert.Equal(status, exception.StatusCode);
        Assert.Null(exception.Content);
        Assert.Null(exception.ErrorCode);
        Assert.EndsWith(". Request URI: " + Fixtures.ConfigurationUri, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"sid\":\"EC33333333333333333333333333333333\",\"duration\":")]
    [InlineData("{\"sid\":42}")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    public async Task A_truncated_or_malformed_success_body_is_an_ApiException_naming_ExamConfiguration(string body)
    {
        (IExamConfigurationsApi api, MockHttpMessageHandler handler) = Fixtures.CreateApi();
        handler.When("*").Respond("application/json", body);

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => Get(api));

        Assert.Equal(ApiExceptionKind.UnreadableContent, exception.Kind);
        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
        Assert.Contains("could not be read as ExamConfiguration", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_while_the_server_is_answering_surfaces_OperationCanceledException()
    {
        (IExamConfigurationsApi api, MockHttpMessageHandler handler) = Fixtures.CreateApi();
        handler.When("*").Respond(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30));
            return new System.Net.Http.HttpResponseMessage(HttpStatusCode.OK);
        });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => api.UpdateAsync(
            Fixtures.InstallSid, Fixtures.CourseSid, Fixtures.ExamSid, Fixtures.ExamConfigurationSid, Fixtures.MinimalRequest(), cancellation.Token));
    }

    [Fact]
    public async Task A_token_in_an_error_body_is_masked_and_appears_nowhere_in_the_exception()
    {
        (IExamConfigurationsApi api, MockHttpMessageHandler handler) = Fixtures.CreateApi();
        handler.When("*").Respond(HttpStatusCode.Forbidden, "application/json",
            "{\"code\":\"AUTHENTICATIONFAILED\",\"message\":\"token " + Fixtures.Token + " expired\",\"status\":403}");

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => Update(api));

        Assert.DoesNotContain(Fixtures.Token, exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Fixtures.Token, exception.Content!, StringComparison.Ordinal);
        Assert.Equal("token *** expired", exception.ErrorMessage);
    }

    private static Task<ExamConfiguration> Get(IExamConfigurationsApi api) =>
        api.GetAsync(Fixtures.InstallSid, Fixtures.CourseSid, Fixtures.ExamSid, Fixtures.ExamConfigurationSid);

    private static Task<ExamConfiguration> Update(IExamConfigurationsApi api) =>
        api.UpdateAsync(Fixtures.InstallSid, Fixtures.CourseSid, Fixtures.ExamSid, Fixtures.ExamConfigurationSid, Fixtures.MinimalRequest());
}
