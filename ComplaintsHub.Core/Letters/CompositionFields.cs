namespace ComplaintsHub.Core.Letters;

/// <summary>The names the draft page's fields are reported under, so each message lands next to its field.</summary>
public static class CompositionFields
{
    public const string WhatYouToldUs = "WhatYouToldUs";
    public const string Points = "Points";
    public const string Reasons = "Reasons";
    public const string Remedy = "Remedy";
    public const string FinancialRedress = "FinancialRedress";
    public const string RootCause = "RootCause";
    public const string LessonLearnt = "LessonLearnt";
    public const string AgreedResponseDate = "AgreedResponseDate";

    public static string PointIssue(int index) => $"Points[{index}].Issue";
    public static string PointDecision(int index) => $"Points[{index}].Decision";
    public static string PointReasons(int index) => $"Points[{index}].Reasons";
    public static string ActionWhat(int index) => $"Actions[{index}].What";
    public static string ActionBy(int index) => $"Actions[{index}].By";
    public static string ActionWho(int index) => $"Actions[{index}].Who";
}
