using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using SmarterProctoring.Client;

namespace SmarterProctoring.Cli;

/// <summary>Prints an exam configuration for a person, or as JSON for a script.</summary>
internal static class ConfigurationPrinter
{
    private const int LabelWidth = 19;

    public static void WriteJson(Stream output, ExamConfiguration configuration)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        JsonSerializer.Serialize(writer, configuration, IExamConfigurationsApi.JsonContext.Default.ExamConfiguration);
        writer.Flush();
        output.Write("\n"u8);
    }

    public static void WriteText(TextWriter output, string heading, ExamConfiguration c)
    {
        var permitted = new List<string>();
        var notPermitted = new List<string>();
        Sort("bathroom break", c.PermittedBathroomBreak, c.PermittedBathroomBreakInformation);
        Sort("blank paper", c.PermittedBlankPaper, c.PermittedBlankPaperInformation);
        Sort("calculator", c.PermittedCalculator, c.PermittedCalculatorInformation);
        Sort("dictionary", c.PermittedDictionary, c.PermittedDictionaryInformation);
        Sort("earplugs", c.PermittedEarplugs, c.PermittedEarplugsInformation);
        Sort("formula sheet", c.PermittedFormulaSheet, c.PermittedFormulaSheetInformation);
        Sort("notes", c.PermittedNotes, c.PermittedNotesInformation);
        Sort("textbook", c.PermittedTextbook, c.PermittedTextbookInformation);
        Sort("websites", c.PermittedWebsites, c.PermittedWebsitesInformation);
        if (!string.IsNullOrEmpty(c.PermittedOtherItems))
        {
            permitted.Add("other: " + c.PermittedOtherItems);
        }

        var text = new StringBuilder();
        text.Append(heading).Append(' ').Append(c.Sid ?? "(no sid)").Append('\n');
        Line(text, "exam", c.ExamSid);
        Line(text, "enrollment", c.EnrollmentSid);
        Line(text, "reference config", c.ReferenceExamConfigurationSid);
        Line(text, "exam window", Window(c.ExamOpenDate, c.ExamCloseDate));
        Line(text, "schedule window", Window(c.ScheduleOpenDate, c.ScheduleCloseDate));
        Line(text, "duration", c.Duration is double minutes ? Number(minutes) + " minutes" : null);
        Line(text, "attempts", c.Attempts is double attempts
            ? Number(attempts) + (c.AttemptsRemaining is double left ? " (" + Number(left) + " remaining)" : string.Empty)
            : null);
        Line(text, "url", c.Url);
        Line(text, "password", c.Password is null ? null : "(set)");
        Line(text, "permitted", permitted.Count == 0 ? null : string.Join("\n" + new string(' ', 2 + LabelWidth), permitted));
        Line(text, "not permitted", notPermitted.Count == 0 ? null : string.Join(", ", notPermitted));
        Line(text, "proctor types", c.ProctorTypes is { Count: > 0 } types ? string.Join(", ", types) : null);
        Line(text, "required software", c.RequiredSoftware);
        Line(text, "student notes", c.StudentNotes);
        Line(text, "proctor notes", c.ProctorNotes);
        Line(text, "attachments", Raw(c.Attachments));
        Line(text, "modality options", Raw(c.ModalityOptions));
        Line(text, "locked", YesNo(c.Locked));
        Line(text, "approved", YesNo(c.Approved) + (c.ApprovedBy is null ? string.Empty : " (by " + c.ApprovedBy + ")"));
        Line(text, "created", c.CreatedDate);
        Line(text, "edited", c.EditDate);
        output.Write(text.ToString());

        void Sort(string name, bool? allowed, string? information)
        {
            if (allowed == true)
            {
                permitted.Add(string.IsNullOrEmpty(information) ? name : name + ": " + information);
            }
            else if (allowed == false)
            {
                notPermitted.Add(name);
            }
        }
    }

    private static void Line(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Append("  ").Append(label.PadRight(LabelWidth)).Append(value).Append('\n');
        }
    }

    private static string? Window(string? open, string? close) =>
        open is null && close is null ? null : (open ?? "…") + " to " + (close ?? "…");

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => null,
    };

    private static string? Raw(JsonElement? element) =>
        element is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value ? value.GetRawText() : null;
}
