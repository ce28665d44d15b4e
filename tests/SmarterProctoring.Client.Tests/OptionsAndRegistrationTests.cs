using System;
using System.Collections.Concurrent;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;
using Xunit;

namespace SmarterProctoring.Client.Tests;

public sealed class OptionsAndRegistrationTests
{
    [Fact]
    public void Options_ToString_never_shows_the_token()
    {
        var options = new SmarterProctoringClientOptions { Token = Fixtures.Token };

        Assert.DoesNotContain(Fixtures.Token, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("Token = ***", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Models_ToString_never_shows_the_exam_password()
    {
        Assert.DoesNotContain("exam-password", Fixtures.FullRequest().ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("exam-password", new ExamConfiguration { Password = "exam-password" }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_without_a_token_fails_with_a_message_that_says_what_to_set()
    {
        HttpClient httpClient = SmarterProctoringClient.CreateHttpClient(
            new SmarterProctoringClientOptions { BaseAddress = new Uri("https://api.test/") }, new MockHttpMessageHandler());
        IExamConfigurationsApi api = IExamConfigurationsApi.Create(httpClient);

        InvalidOperationException exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => api.GetAsync(Fixtures.InstallSid, Fixtures.CourseSid, Fixtures.ExamSid, Fixtures.ExamConfigurationSid));

        Assert.Equal("No SmarterProctoring API token is configured: set SmarterProctoringClientOptions.Token or TokenProvider.", exception.Message);
    }

    [Fact]
    public async Task The_di_registration_resolves_a_client_that_sends_the_token_and_logging_redacts_it()
    {
        var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Get, Fixtures.ConfigurationUri).WithHeaders("token", Fixtures.Token)
            .Respond("application/json", Fixtures.DocumentedResponseJson);
        var logs = new CollectingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSmarterProctoringClient(options =>
            {
                options.BaseAddress = new Uri("https://api.test/");
                options.Token = Fixtures.Token;
            })
            .ConfigurePrimaryHttpMessageHandler(() => mock);
        await using ServiceProvider provider = services.BuildServiceProvider();

        ExamConfiguration configuration = await provider.GetRequiredService<IExamConfigurationsApi>()
            .GetAsync(Fixtures.InstallSid, Fixtures.CourseSid, Fixtures.ExamSid, Fixtures.ExamConfigurationSid);

        Assert.Equal(Fixtures.ExamConfigurationSid, configuration.Sid);
        mock.VerifyNoOutstandingExpectation();
        Assert.Contains(logs.Messages, m => m.Contains("token: *", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(Fixtures.Token, StringComparison.Ordinal));
    }

    private sealed class CollectingLoggerProvider : ILoggerProvider
    {
        public ConcurrentBag<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentBag<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Add(formatter(state, exception));
        }
    }
}
