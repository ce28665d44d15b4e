using System;
using System.Diagnostics.CodeAnalysis;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// The SID rule as the sandbox uses it: a two-letter prefix followed by exactly 32 lowercase hexadecimal characters
/// (<c>^XX[a-f0-9]{32}$</c>). The vendor generates SIDs as the prefix plus a UUIDv4 without dashes.
/// </summary>
internal static class Sid
{
    public const string Install = "AI";
    public const string Course = "CU";
    public const string Exam = "EX";
    public const string ExamConfiguration = "EC";
    public const string Enrollment = "EN";
    public const string ProctorType = "TS";

    /// <summary>The same rule the client checks before sending (shared source), so the two cannot drift apart.</summary>
    public static bool IsValid([NotNullWhen(true)] string? value, string prefix) => SidPattern.IsValid(value, prefix);

    /// <summary>The pattern as the API reference writes it, for error messages.</summary>
    public static string Pattern(string prefix) => SidPattern.Describe(prefix);

    public static string New(string prefix) => prefix + Guid.NewGuid().ToString("N");
}
