using System.Security.Cryptography;
using System.Text;

namespace FitnessApp.Modules.Loyalty.Achievements.Domain;

/// <summary>The product's default achievements, seeded by the Achievements migration (operators edit them afterwards).</summary>
internal static class DefaultCatalogue
{
    public static readonly DateTime SeededAt = new(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);

    public static readonly IReadOnlyList<AchievementDefinition> Definitions = Numbered(
    [
        D("first-activity", AchievementChecker.FirstActivity, new(1), 50, "star", "#2e7d32", 1, false,
            "First step", "Первый шаг", "Record your first activity.", "Запишите свою первую тренировку."),
        D("run-10k", AchievementChecker.SportTotal, new(10_000, "distance", "running"), 50, "road", "#1565c0", 1, true,
            "Runner", "Бегун", "Run 10 km in total.", "Пробегите 10 км в сумме."),
        D("run-100k", AchievementChecker.SportTotal, new(100_000, "distance", "running"), 150, "road", "#1565c0", 2, true,
            "Distance runner", "Стайер", "Run 100 km in total.", "Пробегите 100 км в сумме."),
        D("run-500k", AchievementChecker.SportTotal, new(500_000, "distance", "running"), 500, "road", "#1565c0", 3, true,
            "Ultra runner", "Ультрамарафонец", "Run 500 km in total.", "Пробегите 500 км в сумме."),
        D("ride-100k", AchievementChecker.SportTotal, new(100_000, "distance", "cycling"), 50, "wheel", "#ef6c00", 1, true,
            "Cyclist", "Велосипедист", "Ride 100 km in total.", "Проедьте 100 км на велосипеде в сумме."),
        D("ride-1000k", AchievementChecker.SportTotal, new(1_000_000, "distance", "cycling"), 300, "wheel", "#ef6c00", 2, true,
            "Road captain", "Капитан шоссе", "Ride 1,000 km in total.", "Проедьте 1000 км на велосипеде в сумме."),
        D("swim-10k", AchievementChecker.SportTotal, new(10_000, "distance", "poolSwimming"), 100, "wave", "#00838f", 1, true,
            "Swimmer", "Пловец", "Swim 10 km in the pool in total.", "Проплывите 10 км в бассейне в сумме."),
        D("walk-50k", AchievementChecker.SportTotal, new(50_000, "distance", "walking"), 50, "boot", "#6d4c41", 1, true,
            "Wanderer", "Путник", "Walk 50 km in total.", "Пройдите 50 км пешком в сумме."),
        D("hike-100k", AchievementChecker.SportTotal, new(100_000, "distance", "hiking"), 150, "mountain", "#558b2f", 2, true,
            "Mountaineer", "Горный путник", "Hike 100 km in total.", "Пройдите 100 км в походах в сумме."),
        D("hours-10", AchievementChecker.SportTotal, new(36_000, "movingTime"), 50, "clock", "#5e35b1", 1, true,
            "Ten hours", "Десять часов", "Be on the move for 10 hours in total.", "Проведите в движении 10 часов в сумме."),
        D("hours-100", AchievementChecker.SportTotal, new(360_000, "movingTime"), 300, "clock", "#5e35b1", 2, true,
            "Hundred hours", "Сто часов", "Be on the move for 100 hours in total.", "Проведите в движении 100 часов в сумме."),
        D("activities-10", AchievementChecker.SportTotal, new(10, "count"), 50, "hash", "#37474f", 1, true,
            "Getting started", "Втягиваюсь", "Record 10 activities.", "Запишите 10 тренировок."),
        D("activities-100", AchievementChecker.SportTotal, new(100, "count"), 300, "hash", "#37474f", 2, true,
            "Centurion", "Центурион", "Record 100 activities.", "Запишите 100 тренировок."),
        D("every-50-activities", AchievementChecker.SportTotal, new(50, "count"), 100, "repeat", "#455a64", 1, true,
            "Fifty more", "Ещё пятьдесят", "Earned again for every 50 activities.", "Присуждается за каждые 50 тренировок.", repeatable: true),
        D("streak-3-days", AchievementChecker.DayStreak, new(3), 30, "flame", "#d84315", 1, true,
            "On a roll", "Вошёл во вкус", "Train 3 days in a row.", "Тренируйтесь 3 дня подряд."),
        D("streak-7-days", AchievementChecker.DayStreak, new(7), 100, "flame", "#d84315", 2, true,
            "Week of fire", "Огненная неделя", "Train 7 days in a row.", "Тренируйтесь 7 дней подряд."),
        D("streak-30-days", AchievementChecker.DayStreak, new(30), 500, "flame", "#d84315", 3, true,
            "Unstoppable", "Неудержимый", "Train 30 days in a row.", "Тренируйтесь 30 дней подряд.", hidden: true),
        D("weeks-4", AchievementChecker.WeekStreak, new(4), 50, "calendar", "#00695c", 1, true,
            "Habit", "Привычка", "Train in 4 weeks in a row.", "Тренируйтесь 4 недели подряд."),
        D("weeks-12", AchievementChecker.WeekStreak, new(12), 200, "calendar", "#00695c", 2, true,
            "Season", "Сезон", "Train in 12 weeks in a row.", "Тренируйтесь 12 недель подряд."),
        D("early-bird", AchievementChecker.EarlyBird, new(1, Hour: 7), 20, "sun", "#f9a825", 1, false,
            "Early bird", "Ранняя пташка", "Start an activity before 07:00.", "Начните тренировку до 07:00."),
        D("early-bird-10", AchievementChecker.EarlyBird, new(10, Hour: 7), 100, "sun", "#f9a825", 2, true,
            "Dawn patrol", "Рассветный патруль", "Start 10 activities before 07:00.", "Начните 10 тренировок до 07:00."),
        D("night-owl", AchievementChecker.NightOwl, new(1, Hour: 21), 20, "moon", "#283593", 1, false,
            "Night owl", "Сова", "Start an activity at 21:00 or later.", "Начните тренировку в 21:00 или позже."),
        D("night-owl-10", AchievementChecker.NightOwl, new(10, Hour: 21), 100, "moon", "#283593", 2, true,
            "Moonlighter", "Лунатик", "Start 10 activities at 21:00 or later.", "Начните 10 тренировок в 21:00 или позже."),
        D("comeback", AchievementChecker.Comeback, new(1, GapDays: 30), 50, "return", "#ad1457", 1, false,
            "Comeback", "Возвращение", "Train again after 30 days or more without an activity.", "Вернитесь к тренировкам после перерыва от 30 дней.", hidden: true),
        D("weekend-warrior", AchievementChecker.WeekendStreak, new(4), 80, "flag", "#c62828", 1, true,
            "Weekend warrior", "Воин выходного дня", "Train on 4 weekends in a row.", "Тренируйтесь 4 выходных подряд."),
        D("steps-10k", AchievementChecker.DailySteps, new(1, Steps: 10_000), 20, "steps", "#0277bd", 1, false,
            "Ten thousand steps", "Десять тысяч шагов", "Walk 10,000 steps in a day.", "Пройдите 10 000 шагов за день."),
        D("steps-10k-30", AchievementChecker.DailySteps, new(30, Steps: 10_000), 200, "steps", "#0277bd", 2, true,
            "Step master", "Мастер шагов", "Walk 10,000 steps on 30 days.", "Пройдите 10 000 шагов за день 30 раз."),
        D("steps-25k", AchievementChecker.DailySteps, new(1, Steps: 25_000), 100, "steps", "#01579b", 3, false,
            "Marathon of steps", "Марафон шагов", "Walk 25,000 steps in a day.", "Пройдите 25 000 шагов за день.", hidden: true),
        D("first-record", AchievementChecker.PersonalRecords, new(1), 50, "trophy", "#8d6e63", 1, false,
            "Personal best", "Личный рекорд", "Set a personal record.", "Установите личный рекорд."),
        D("records-10", AchievementChecker.PersonalRecords, new(10), 200, "trophy", "#8d6e63", 2, true,
            "Record breaker", "Рекордсмен", "Set 10 personal records.", "Установите 10 личных рекордов."),
        D("first-kudos", AchievementChecker.KudosGiven, new(1), 10, "heart", "#e91e63", 1, false,
            "Cheerleader", "Болельщик", "Give kudos to another athlete.", "Поддержите другого спортсмена."),
        D("followers-10", AchievementChecker.Followers, new(10), 100, "people", "#6a1b9a", 1, true,
            "Pack leader", "Вожак стаи", "Have 10 followers.", "Соберите 10 подписчиков."),
    ]);

    /// <summary>A stable id for a default definition (the same on every database).</summary>
    public static Guid IdOf(string code) => new(SHA256.HashData(Encoding.UTF8.GetBytes("achievement:" + code)).AsSpan(0, 16));

    private static List<AchievementDefinition> Numbered(List<AchievementDefinition> definitions)
    {
        for (var i = 0; i < definitions.Count; i++)
        {
            definitions[i].SortOrder = (i + 1) * 10;
        }

        return definitions;
    }

    private static AchievementDefinition D(
        string code, AchievementChecker checker, CheckerParameters parameters, int points, string glyph, string colour, int tier, bool progressive,
        string nameEn, string nameRu, string descriptionEn, string descriptionRu, bool hidden = false, bool repeatable = false) => new()
        {
            Id = IdOf(code),
            Code = code,
            Checker = checker,
            ParametersJson = parameters.ToJson(),
            Hidden = hidden,
            Progressive = progressive,
            Repeatable = repeatable,
            Points = points,
            NameEn = nameEn,
            NameRu = nameRu,
            DescriptionEn = descriptionEn,
            DescriptionRu = descriptionRu,
            BadgeSvg = BadgeArt.Draw(glyph, colour, tier, hexagon: checker == AchievementChecker.SportTotal),
            Enabled = true,
            SortOrder = 0,
            CreatedAt = SeededAt,
            UpdatedAt = SeededAt,
        };
}
