using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Idempotency;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.PersonalData;

/// <summary>
/// Deletes every row of the erased user in the training schema (a repeat finds nothing), without publishing
/// <c>ActivityDeleted</c>: no consumer may keep anything about them either. Outbox messages naming the user and
/// idempotency records scoped to them go too. Then confirms to Accounts.
/// </summary>
internal sealed class EraseTrainingData(TrainingDbContext db, TimeProvider clock, IMediator mediator)
    : IntegrationEventHandler<AccountErasureRequested, TrainingDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AccountErasureRequested integrationEvent, CancellationToken cancellationToken)
    {
        var userId = integrationEvent.UserId;
        var activityIds = Db.Activities.Where(a => a.OwnerId == userId).Select(a => a.Id);
        var exerciseIds = Db.Set<StrengthExercise>().Where(e => activityIds.Contains(e.ActivityId)).Select(e => e.Id);
        await Db.Set<ExerciseSet>().Where(s => exerciseIds.Contains(s.ExerciseId)).ExecuteDeleteAsync(cancellationToken);
        await Db.Set<StrengthExercise>().Where(e => activityIds.Contains(e.ActivityId)).ExecuteDeleteAsync(cancellationToken);
        await Db.ActivityStreams.Where(s => activityIds.Contains(s.ActivityId)).ExecuteDeleteAsync(cancellationToken);
        await Db.ActivityBestEfforts.Where(e => e.OwnerId == userId || activityIds.Contains(e.ActivityId)).ExecuteDeleteAsync(cancellationToken);
        await Db.PlannedWorkouts.Where(w => w.AthleteId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.PlanEnrolments.Where(e => e.AthleteId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.Goals.Where(g => g.OwnerId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.Activities.Where(a => a.OwnerId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.Gear.Where(g => g.OwnerId == userId).ExecuteDeleteAsync(cancellationToken);

        var id = userId.ToString();
        var compactId = userId.ToString("N");
        await Db.Set<OutboxMessage>().Where(m => m.Payload.Contains(id) || m.Payload.Contains(compactId)).ExecuteDeleteAsync(cancellationToken);
        await Db.Set<IdempotencyRecord>().Where(r => r.Scope == id || r.Scope == compactId).ExecuteDeleteAsync(cancellationToken);

        await mediator.Send(new ConfirmAccountErasure(userId, TrainingModule.ModuleName), cancellationToken);
    }
}
