using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.DemoData;

/// <summary>
/// What the demo council did about its upheld complaints: in each service area, an improvement action for each of the two
/// categories with the most upheld or partly upheld responses, owned by the area's head of service, raised two days after
/// the latest of them. The older of each area's two is done a month later, if that has come; the newer stays in progress
/// (overdue once its two months pass), so the lists, the learning page and the dashboard all have something to show.
/// </summary>
internal static class DemoImprovementActions
{
    public static IReadOnlyList<ImprovementAction> From(IReadOnlyList<Complaint> contacts, SeedWorld world, DateTime now)
    {
        var actions = new List<ImprovementAction>();
        foreach (var area in world.Areas)
        {
            var owner = world.WithRole(StaffRole.HeadOfService, area.Area).FirstOrDefault() ?? world.WithRole(StaffRole.TeamLeader, area.Area).FirstOrDefault();
            if (owner is null) continue;
            var upheld = contacts.Where(c => c.ServiceAreaId == area.Area.Id)
                .SelectMany(c => c.Stages.Where(s => s.Outcome is Outcome.Upheld or Outcome.PartlyUpheld && s.ResponseSentAt is not null && s.CategoryId is not null)
                    .Select(s => (Case: c, Stage: s)))
                .GroupBy(x => x.Stage.CategoryId!.Value)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Take(2)
                .Select(g => (Category: world.Categories.Single(k => k.Id == g.Key), Cases: g.OrderByDescending(x => x.Stage.ResponseSentAt).Take(3).ToList()))
                .OrderBy(g => g.Cases[0].Stage.ResponseSentAt)
                .ToList();
            for (var i = 0; i < upheld.Count; i++)
            {
                var (category, cases) = upheld[i];
                var raisedAt = cases[0].Stage.ResponseSentAt!.Value.AddDays(2);
                if (raisedAt > now) continue;
                var by = new Actor(owner.Id, owner.DisplayName);
                var terms = new ImprovementActionTerms(category.Name, $"Stop it happening again: {cases[0].Stage.LessonLearnt ?? "review how this is handled"}",
                    area.Area.Id, owner.Id, DateOnly.FromDateTime(raisedAt).AddDays(60));
                var action = new ImprovementAction(terms, ImprovementActionSource.Cases, cases.Select(c => c.Case.Id), null, by, raisedAt);
                action.Record($"Raised from {string.Join(", ", cases.Select(c => c.Case.Reference))}; owner {owner.DisplayName}; due {terms.DueDate:d MMMM yyyy}.", by, raisedAt);
                action.MoveTo(ImprovementActionStatus.InProgress, null, by, raisedAt.AddDays(3));
                var doneAt = raisedAt.AddDays(30);
                if (i == 0 && doneAt <= now) action.MoveTo(ImprovementActionStatus.Done, "Briefed the team and changed the checklist; no repeat since.", by, doneAt);
                actions.Add(action);
            }
        }

        return actions;
    }
}
