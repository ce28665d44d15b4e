using System;
using System.Globalization;
using System.Text.Json;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// Writes a stored configuration in the shape of the Get/Update Configuration response. Fields the sandbox has no
/// source for (sync status, approvals, instructor…) are written as a real server plausibly reports them for a
/// configuration nobody has approved or synchronised; the loosely documented ones carry the objects and arrays a
/// real server sends rather than the <c>string | null</c> the reference claims.
/// </summary>
internal static class ExamConfigurationJson
{
    public static void Write(Utf8JsonWriter writer, StoredExamConfiguration configuration)
    {
        SeededExamConfiguration sids = configuration.Sids;
        writer.WriteStartObject();
        writer.WriteString("sid", sids.ExamConfigurationSid);
        writer.WriteString("examSid", sids.ExamSid);
        writer.WriteString("enrollmentSid", configuration.EnrollmentSid);
        writer.WriteString("referenceExamConfigurationSid", configuration.ReferenceExamConfigurationSid);
        writer.WriteString("type", "exam");
        writer.WriteString("examOpenDate", configuration.ExamOpenDate);
        writer.WriteString("examCloseDate", configuration.ExamCloseDate);
        writer.WriteString("scheduleOpenDate", configuration.ScheduleOpenDate);
        writer.WriteString("scheduleCloseDate", configuration.ScheduleCloseDate);
        writer.WriteString("password", configuration.Password);
        writer.WriteString("url", configuration.Url);
        WriteNumberOrNull(writer, "duration", configuration.Duration);
        WriteNumberOrNull(writer, "attempts", configuration.Attempts);

        // No exam sessions are ever taken in the sandbox, so every attempt is still available.
        WriteNumberOrNull(writer, "attemptsRemaining", configuration.Attempts);
        writer.WriteBoolean("locked", false);
        writer.WriteBoolean("approved", false);
        writer.WriteNull("approvedBy");
        writer.WriteString("requiredSoftware", configuration.RequiredSoftware);
        writer.WriteString("studentNotes", configuration.StudentNotes);
        for (int i = 0; i < PermittedItem.Names.Count; i++)
        {
            string name = PermittedItem.Names[i];
            PermittedItem item = configuration.PermittedItems[i];
            writer.WriteBoolean(PermittedItem.PermittedProperty(name), item.Permitted);
            writer.WriteString(PermittedItem.InformationProperty(name), item.Information);
        }

        writer.WriteString("permittedOtherItems", configuration.PermittedOtherItems);
        writer.WriteNull("apiExamId");
        writer.WriteNull("examSyncStatus");
        writer.WriteNull("virtualCalculatorType");
        writer.WriteNull("synchronization");
        writer.WriteString("proctorNotes", configuration.ProctorNotes);
        writer.WriteStartArray("proctorTypes");
        foreach (string proctorType in configuration.ProctorTypes)
        {
            writer.WriteStringValue(proctorType);
        }

        writer.WriteEndArray();
        WriteJsonOrNull(writer, "attachments", configuration.Attachments);
        writer.WriteNull("examFiles");
        writer.WritePropertyName("instructorAsProctor");
        configuration.InstructorAsProctor.WriteTo(writer);
        WriteSidObject(writer, "exam", sids.ExamSid);
        WriteSidObject(writer, "course", sids.CourseSid);
        WriteSidObject(writer, "enrollment", configuration.EnrollmentSid);
        writer.WriteString("createdDate", FormatDate(configuration.CreatedDate));
        writer.WriteString("editDate", FormatDate(configuration.EditDate));
        writer.WriteNull("instructor");
        WriteJsonOrNull(writer, "modalityOptions", configuration.ModalityOptions);
        writer.WriteStartArray("updatedAutomatedSessions");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The format of the reference's date examples: UTC with milliseconds, <c>1970-01-01T00:00:00.000Z</c>.</summary>
    public static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is int number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteJsonOrNull(Utf8JsonWriter writer, string name, JsonElement? value)
    {
        writer.WritePropertyName(name);
        if (value is JsonElement element)
        {
            element.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteSidObject(Utf8JsonWriter writer, string name, string? sid)
    {
        if (sid is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("sid", sid);
        writer.WriteEndObject();
    }
}
