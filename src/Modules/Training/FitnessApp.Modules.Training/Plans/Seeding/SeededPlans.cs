using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Plans.Domain;
using static FitnessApp.Modules.Training.Plans.Seeding.SeedWorkout;

namespace FitnessApp.Modules.Training.Plans.Seeding;

/// <summary>The plans every installation starts with, under fixed ids so that seeding is idempotent.</summary>
internal static class SeededPlans
{
    public static readonly Guid FiveKilometreBeginnerId = new("019aa5a0-0000-7000-8000-000000000501");
    public static readonly Guid TenKilometreId = new("019aa5a0-0000-7000-8000-000000001001");
    public static readonly Guid StrengthId = new("019aa5a0-0000-7000-8000-000000002001");

    public static IEnumerable<PlanTemplate> All(DateTime now) => [FiveKilometreBeginner(now), TenKilometre(now), Strength(now)];

    /// <summary>Walk-run progression, three days a week (Monday, Wednesday, Saturday), to a continuous 5 km.</summary>
    public static PlanTemplate FiveKilometreBeginner(DateTime now)
    {
        (string En, string Ru, int Minutes)[][] weeks =
        [
            [("5 min brisk walk, then 8 × (1 min jog, 90 s walk), 5 min walk", "5 мин быстрой ходьбы, затем 8 × (1 мин бега, 90 с ходьбы), 5 мин ходьбы", 30)],
            [("5 min walk, then 6 × (90 s jog, 2 min walk), 5 min walk", "5 мин ходьбы, затем 6 × (90 с бега, 2 мин ходьбы), 5 мин ходьбы", 31)],
            [("5 min walk, then 2 × (90 s jog, 90 s walk, 3 min jog, 3 min walk), 5 min walk", "5 мин ходьбы, затем 2 × (90 с бега, 90 с ходьбы, 3 мин бега, 3 мин ходьбы), 5 мин ходьбы", 28)],
            [("5 min walk; jog 3 min, walk 90 s, jog 5 min, walk 2.5 min, jog 3 min, walk 90 s, jog 5 min; 5 min walk", "5 мин ходьбы; бег 3 мин, ходьба 90 с, бег 5 мин, ходьба 2,5 мин, бег 3 мин, ходьба 90 с, бег 5 мин; 5 мин ходьбы", 32)],
            [
                ("5 min walk; jog 5 min, walk 3 min, jog 5 min, walk 3 min, jog 5 min; 5 min walk", "5 мин ходьбы; бег 5 мин, ходьба 3 мин, бег 5 мин, ходьба 3 мин, бег 5 мин; 5 мин ходьбы", 31),
                ("5 min walk; jog 8 min, walk 5 min, jog 8 min; 5 min walk", "5 мин ходьбы; бег 8 мин, ходьба 5 мин, бег 8 мин; 5 мин ходьбы", 31),
                ("5 min walk; jog 20 min without walking; 5 min walk", "5 мин ходьбы; 20 мин бега без перехода на шаг; 5 мин ходьбы", 30),
            ],
            [
                ("5 min walk; jog 5 min, walk 3 min, jog 8 min, walk 3 min, jog 5 min; 5 min walk", "5 мин ходьбы; бег 5 мин, ходьба 3 мин, бег 8 мин, ходьба 3 мин, бег 5 мин; 5 мин ходьбы", 34),
                ("5 min walk; jog 10 min, walk 3 min, jog 10 min; 5 min walk", "5 мин ходьбы; бег 10 мин, ходьба 3 мин, бег 10 мин; 5 мин ходьбы", 33),
                ("5 min walk; jog 25 min; 5 min walk", "5 мин ходьбы; 25 мин бега; 5 мин ходьбы", 35),
            ],
            [("5 min walk; jog 25 min at a conversational pace; 5 min walk", "5 мин ходьбы; 25 мин бега в разговорном темпе; 5 мин ходьбы", 35)],
            [("5 min walk; jog 28 min; 5 min walk", "5 мин ходьбы; 28 мин бега; 5 мин ходьбы", 38)],
        ];
        var template = New(FiveKilometreBeginnerId, now, Sport.Running, PlanLevel.Beginner, 8,
            "5 km for beginners", "5 км для начинающих",
            "Eight weeks from walking to running 5 km without stopping: three short sessions a week that alternate jogging and walking, the running parts growing each week. Rest or walk on the other days.",
            "Восемь недель от ходьбы до 5 км бега без остановок: три коротких занятия в неделю, где бег чередуется с ходьбой, а беговые отрезки растут каждую неделю. В остальные дни — отдых или прогулка.");
        DayOfWeek[] days = [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Saturday];
        for (var week = 1; week <= 8; week++)
        {
            var sessions = weeks[week - 1];
            for (var i = 0; i < days.Length; i++)
            {
                var (en, ru, minutes) = sessions[Math.Min(i, sessions.Length - 1)];
                if (week == 8 && i == 2)
                {
                    template.Workouts.Add(Kilometres(week, days[i], Sport.Running, 5, Intensity.Moderate,
                        "Your first 5 km: start slower than you think, walk 5 min before and after", "Ваши первые 5 км: начните медленнее, чем хочется; 5 мин ходьбы до и после"));
                    continue;
                }

                template.Workouts.Add(Minutes(week, days[i], Sport.Running, minutes, Intensity.Easy, en, ru));
            }
        }

        return template;
    }

    /// <summary>Four runs a week: an easy run, a quality session, a long run and an easy recovery run; the 10 km race on the last Sunday.</summary>
    public static PlanTemplate TenKilometre(DateTime now)
    {
        var template = New(TenKilometreId, now, Sport.Running, PlanLevel.Intermediate, 8,
            "10 km in 8 weeks", "10 км за 8 недель",
            "For runners who already run 5 km comfortably: four runs a week with one interval or tempo session and a long run growing to 11 km, a lighter last week and a 10 km race on the final Sunday.",
            "Для тех, кто уже спокойно пробегает 5 км: четыре пробежки в неделю, одна интервальная или темповая тренировка и длительная пробежка до 11 км, облегчённая последняя неделя и забег на 10 км в последнее воскресенье.");
        int[] easy = [30, 35, 35, 40, 40, 45, 40, 30];
        double[] longRun = [6, 7, 8, 8, 9, 10, 11];
        (string En, string Ru, int Minutes, Intensity Intensity)[] quality =
        [
            ("15 min warm-up, 6 × 400 m fast with 200 m jog between, 10 min cool-down", "15 мин разминки, 6 × 400 м быстро, между ними 200 м трусцой, 10 мин заминки", 45, Intensity.Interval),
            ("15 min warm-up, 20 min at tempo pace (comfortably hard), 10 min cool-down", "15 мин разминки, 20 мин в темповом темпе (тяжело, но терпимо), 10 мин заминки", 45, Intensity.Hard),
            ("15 min warm-up, 8 × 400 m fast with 200 m jog between, 10 min cool-down", "15 мин разминки, 8 × 400 м быстро, между ними 200 м трусцой, 10 мин заминки", 50, Intensity.Interval),
            ("15 min warm-up, 25 min at tempo pace, 10 min cool-down", "15 мин разминки, 25 мин в темповом темпе, 10 мин заминки", 50, Intensity.Hard),
            ("15 min warm-up, 5 × 800 m at 10 km race pace with 400 m jog between, 10 min cool-down", "15 мин разминки, 5 × 800 м в темпе забега на 10 км, между ними 400 м трусцой, 10 мин заминки", 55, Intensity.Interval),
            ("15 min warm-up, 30 min at tempo pace, 10 min cool-down", "15 мин разминки, 30 мин в темповом темпе, 10 мин заминки", 55, Intensity.Hard),
            ("15 min warm-up, 6 × 800 m at 10 km race pace with 400 m jog between, 10 min cool-down", "15 мин разминки, 6 × 800 м в темпе забега на 10 км, между ними 400 м трусцой, 10 мин заминки", 60, Intensity.Interval),
            ("10 min warm-up, 4 × 400 m brisk but relaxed, 10 min cool-down", "10 мин разминки, 4 × 400 м бодро, но без напряжения, 10 мин заминки", 35, Intensity.Interval),
        ];
        for (var week = 1; week <= 8; week++)
        {
            template.Workouts.Add(Minutes(week, DayOfWeek.Tuesday, Sport.Running, easy[week - 1], Intensity.Easy,
                "Easy run at a conversational pace", "Лёгкий бег в разговорном темпе"));
            var (en, ru, minutes, intensity) = quality[week - 1];
            template.Workouts.Add(Minutes(week, DayOfWeek.Thursday, Sport.Running, minutes, intensity, en, ru));
            if (week < 8)
            {
                template.Workouts.Add(Kilometres(week, DayOfWeek.Saturday, Sport.Running, longRun[week - 1], Intensity.Long,
                    "Long run, slow and steady; walk a minute whenever you need to", "Длительная пробежка, медленно и ровно; переходите на шаг на минуту, когда нужно"));
                template.Workouts.Add(Minutes(week, DayOfWeek.Sunday, Sport.Running, 25, Intensity.Easy,
                    "Recovery jog, very easy", "Восстановительная пробежка, очень легко"));
            }
            else
            {
                template.Workouts.Add(new TemplateWorkout
                {
                    Week = week, DayOfWeek = DayOfWeek.Saturday, Sport = Sport.Running, Intensity = Intensity.Rest,
                    DescriptionEn = "Rest before the race", DescriptionRu = "Отдых перед забегом",
                });
                template.Workouts.Add(Kilometres(week, DayOfWeek.Sunday, Sport.Running, 10, Intensity.Hard,
                    "Race day: 10 km, even pace, the last 2 km as fast as you can hold", "День забега: 10 км ровным темпом, последние 2 км — так быстро, как сможете удержать"));
            }
        }

        return template;
    }

    /// <summary>Three full-body sessions a week alternating A and B, from volume to heavier sets, with a lighter last week.</summary>
    public static PlanTemplate Strength(DateTime now)
    {
        var template = New(StrengthId, now, Sport.Strength, PlanLevel.Beginner, 6,
            "Full-body strength", "Силовая тренировка всего тела",
            "Six weeks of three full-body sessions (Monday, Wednesday, Friday) alternating two workouts: A (squat, bench press, row, plank) and B (deadlift, overhead press, pull-ups or lat pull-down, lunges). Sets get heavier and shorter every two weeks; week 6 is lighter.",
            "Шесть недель по три тренировки всего тела (понедельник, среда, пятница), чередуя два комплекса: A (присед, жим лёжа, тяга в наклоне, планка) и B (становая тяга, жим стоя, подтягивания или тяга верхнего блока, выпады). Каждые две недели подходы тяжелее и короче; 6-я неделя — облегчённая.");
        (string En, string Ru, int Minutes, Intensity Intensity)[] phases =
        [
            ("3 × 10 at a weight you could lift 13 times; 90 s rest", "3 × 10 с весом, который можно поднять 13 раз; отдых 90 с", 50, Intensity.Moderate),
            ("4 × 8 at a weight you could lift 10 times; 2 min rest", "4 × 8 с весом, который можно поднять 10 раз; отдых 2 мин", 55, Intensity.Moderate),
            ("5 × 5 heavy, two reps in reserve; 3 min rest", "5 × 5 тяжело, с запасом в два повтора; отдых 3 мин", 60, Intensity.Hard),
            ("2 × 10 light, focus on technique; 90 s rest", "2 × 10 легко, внимание технике; отдых 90 с", 40, Intensity.Easy),
        ];
        DayOfWeek[] days = [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday];
        var session = 0;
        for (var week = 1; week <= 6; week++)
        {
            var (en, ru, minutes, intensity) = phases[week == 6 ? 3 : (week - 1) / 2];
            foreach (var day in days)
            {
                var a = session++ % 2 == 0;
                template.Workouts.Add(Minutes(week, day, Sport.Strength, minutes, intensity,
                    $"{(a ? "Workout A: squat, bench press, bent-over row; plank 3 × 45 s" : "Workout B: deadlift, overhead press, pull-ups or lat pull-down; lunges 3 × 10 per leg")}. {en}",
                    $"{(a ? "Комплекс A: присед, жим лёжа, тяга в наклоне; планка 3 × 45 с" : "Комплекс B: становая тяга, жим стоя, подтягивания или тяга верхнего блока; выпады 3 × 10 на ногу")}. {ru}"));
            }
        }

        return template;
    }

    private static PlanTemplate New(Guid id, DateTime now, Sport sport, PlanLevel level, int weeks, string nameEn, string nameRu, string descriptionEn, string descriptionRu)
    {
        var template = new PlanTemplate
        {
            Id = id,
            NameEn = nameEn,
            NameRu = nameRu,
            DescriptionEn = descriptionEn,
            DescriptionRu = descriptionRu,
            SportFocus = sport,
            Level = level,
            Weeks = weeks,
            IsPublished = true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        return template;
    }
}
