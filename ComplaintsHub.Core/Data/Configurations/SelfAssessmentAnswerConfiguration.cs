using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class SelfAssessmentAnswerConfiguration : IEntityTypeConfiguration<SelfAssessmentAnswer>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentAnswer> b)
    {
        b.Property(x => x.Evidence).HasMaxLength(TextLimits.Notes);
        b.Property(x => x.Action).HasMaxLength(TextLimits.Notes);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
        b.HasOne<CodeProvision>().WithMany().HasForeignKey(x => x.CodeProvisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.FinancialYearStart, x.CodeProvisionId }).IsUnique();
    }
}
