using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;
using Xunit;

namespace SmarterProctoring.Client.Tests;

/// <summary>Every SID is checked before anything is sent: wrong prefix, uppercase hex, wrong length, empty, null.</summary>
public sealed class SidValidationTests
{
    public static IEnumerable<object?[]> BadSids()
    {
        string[] parameters = ["installSid", "courseSid", "examSid", "examConfigurationSid"];
        string[] prefixes = ["AI", "CU", "EX", "EC"];
        for (int i = 0; i < parameters.Length; i++)
        {
            string valid = Valid(i);
            string wrongPrefix = "US" + valid[2..];
            yield return [i, parameters[i], prefixes[i], wrongPrefix];
            yield return [i, parameters[i], prefixes[i], valid[..10] + "ABCDEF" + valid[16..]];
            yield return [i, parameters[i], prefixes[i], valid[..33]];
            yield return [i, parameters[i], prefixes[i], valid + "0"];
            yield return [i, parameters[i], prefixes[i], string.Empty];
            yield return [i, parameters[i], prefixes[i], null];
        }
    }

    [Theory]
    [MemberData(nameof(BadSids))]
    public async Task Update_rejects_a_bad_sid_naming_the_parameter_and_pattern_without_sending(int position, string parameter, string prefix, string? value)
    {
        (IExamConfigurationsApi api, MockHttpMessageHandler handler) = Fixtures.CreateApi();
        handler.Fallback.Throw(new InvalidOperationException("nothing should be sent"));
        string?[] sids = [Fixtures.InstallSid, Fixtures.CourseSid, Fixtures.ExamSid, Fixtures.ExamConfigurationSid];
        sids[position] = value;

        ArgumentException exception = await Assert.ThrowsAnyAsync<ArgumentException>(
            () => api.UpdateAsync(sids[0]!, sids[1]!, sids[2]!, sids[3]!, Fixtures.MinimalRequest()));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Contains(parameter + " must be a SID matching ^" + prefix + "[a-f0-9]{32}$", exception.Message, StringComparison.Ordinal);
        Assert.Equal(value is null, exception is ArgumentNullException);
    }

    [Theory]
    [MemberData(nameof(BadSids))]
    public async Task Get_rejects_a_bad_sid_naming_the_parameter_and_pattern_without_sending(int position, string parameter, string prefix, string? value)
    {
        (IExamConfigurationsApi api, MockHttpMessageHandler handler) = Fixtures.CreateApi();
        handler.Fallback.Throw(new InvalidOperationException("nothing should be sent"));
        string?[] sids = [Fixtures.InstallSid, Fixtures.CourseSid, Fixtures.ExamSid, Fixtures.ExamConfigurationSid];
        sids[position] = value;

        ArgumentException exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => api.GetAsync(sids[0]!, sids[1]!, sids[2]!, sids[3]!));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Contains("^" + prefix + "[a-f0-9]{32}$", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_enrollmentSid_in_the_body_is_rejected_before_sending()
    {
        (IExamConfigurationsApi api, MockHttpMessageHandler handler) = Fixtures.CreateApi();
        handler.Fallback.Throw(new InvalidOperationException("nothing should be sent"));
        UpdateExamConfigurationRequest request = Fixtures.FullRequest() with { EnrollmentSid = "EX44444444444444444444444444444444" };

        ArgumentException exception = await Assert.ThrowsAsync<ArgumentException>(() => Update(api, request));

        Assert.Equal("configuration", exception.ParamName);
        Assert.StartsWith("configuration.EnrollmentSid must be a SID matching ^EN[a-f0-9]{32}$", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_proctorTypes_item_is_rejected_naming_its_index()
    {
        (IExamConfigurationsApi api, _) = Fixtures.CreateApi();
        UpdateExamConfigurationRequest request = Fixtures.FullRequest() with { ProctorTypes = [Fixtures.ProctorTypeSid, "TS5"] };

        ArgumentException exception = await Assert.ThrowsAsync<ArgumentException>(() => Update(api, request));

        Assert.StartsWith("configuration.ProctorTypes[1] must be a SID matching ^TS[a-f0-9]{32}$", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_refConfigSid_is_rejected()
    {
        (IExamConfigurationsApi api, _) = Fixtures.CreateApi();
        UpdateExamConfigurationRequest request = Fixtures.FullRequest() with { RefConfigSid = "ECABCDEF66666666666666666666666666" };

        ArgumentException exception = await Assert.ThrowsAsync<ArgumentException>(() => Update(api, request));

        Assert.StartsWith("configuration.RefConfigSid must be a SID matching ^EC[a-f0-9]{32}$", exception.Message, StringComparison.Ordinal);
    }

    private static string Valid(int position) =>
        new[] { Fixtures.InstallSid, Fixtures.CourseSid, Fixtures.ExamSid, Fixtures.ExamConfigurationSid }[position];

    private static Task<ExamConfiguration> Update(IExamConfigurationsApi api, UpdateExamConfigurationRequest request) =>
        api.UpdateAsync(Fixtures.InstallSid, Fixtures.CourseSid, Fixtures.ExamSid, Fixtures.ExamConfigurationSid, request);
}
