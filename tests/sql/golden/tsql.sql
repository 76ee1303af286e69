-- kinsafe's core data set definitions as SQL (tsql), over kinsafe's tidy tables (kinsafe tables).
-- Written by kinsafe sql from the definitions kinsafe computes with: the same rules, code lists and limits.
-- The result: ks_metrics (metric_id, period_start, period_end, value, numerator, denominator, status), one row per figure and period.
-- No population was given: the rates per 10,000 children are NULL (unavailable).
-- Tables written by kinsafe tables are checked as they are written; rows edited by hand are not checked here.
-- What the tables cover is read from their coverage table (coverage.csv), as kinsafe metrics reads it: a figure the tables cannot tell is unavailable (value NULL), never 0.
-- SQL Server 2017 or later (CREATE OR ALTER, DROP ... IF EXISTS, BULK INSERT of CSV), in a database of compatibility level 130 or higher (STRING_SPLIT); run with sqlcmd or SSMS (GO separates the batches).
--
-- Not computed here, and why:
--   timeliness.referral-to-decision: the episode's first assessment is the one with the earliest start, and when two start on the same day the first in the record's order: the tidy tables' rows have no order SQL can rely on; not yet written as SQL.
--   plans.seen-per-plan: whether every gap between visits kept to the visit policy (working days, placements' first year, long-term fostering) is a walk through each child's visits and placements that is not written as SQL.
--   outcomes.attainment: attainment scores are an input joined by child id or UPN, not one of the tidy tables.
--   outcomes.offences-against-children: a count given as input (police recorded crime), not one of the tidy tables.
--   outcomes.injury-admissions: a count given as input (hospital data), not one of the tidy tables.
--   workforce.vacancy-rate: the workforce census is not one of the tidy tables.
--   workforce.turnover-rate: the workforce census is not one of the tidy tables.
--   workforce.agency-rate: the workforce census is not one of the tidy tables.
--   workforce.sickness-rate: the workforce census is not one of the tidy tables.
--   workforce.average-caseload: the workforce census is not one of the tidy tables.
--   lac.started/not-a-code: values that are not a code of the list: kinsafe gives the entry only when it holds any, which a script's fixed figures cannot follow (tables written by kinsafe tables hold codes).
--   lac.ceased/not-a-code: values that are not a code of the list: kinsafe gives the entry only when it holds any, which a script's fixed figures cannot follow (tables written by kinsafe tables hold codes).
--   lac.placement-type/not-a-code: values that are not a code of the list: kinsafe gives the entry only when it holds any, which a script's fixed figures cannot follow (tables written by kinsafe tables hold codes).

-- The tidy tables (kinsafe tables), read from their CSV files.
DROP TABLE IF EXISTS children;
GO
CREATE TABLE children (
  [child_id] NVARCHAR(4000),
  [la] NVARCHAR(4000),
  [upn] NVARCHAR(4000),
  [sex] NVARCHAR(4000),
  [dob] DATE,
  [expected_dob] DATE,
  [death_date] DATE,
  [ethnicity] NVARCHAR(4000),
  [disabilities] NVARCHAR(4000),
  [uasc] NVARCHAR(5)
);
GO
BULK INSERT children FROM 'C:\kinsafe\tables\children.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS episodes;
GO
CREATE TABLE episodes (
  [child_id] NVARCHAR(4000),
  [episode_id] NVARCHAR(4000),
  [referral_date] DATE,
  [referral_source] NVARCHAR(4000),
  [primary_need] NVARCHAR(4000),
  [referral_nfa] NVARCHAR(5),
  [closure_date] DATE,
  [closure_reason] NVARCHAR(4000),
  [episode_icpc_date] DATE
);
GO
BULK INSERT episodes FROM 'C:\kinsafe\tables\episodes.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS assessments;
GO
CREATE TABLE assessments (
  [child_id] NVARCHAR(4000),
  [episode_id] NVARCHAR(4000),
  [assessment_id] NVARCHAR(4000),
  [start_date] DATE,
  [authorisation_date] DATE,
  [factors] NVARCHAR(4000)
);
GO
BULK INSERT assessments FROM 'C:\kinsafe\tables\assessments.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS section47_enquiries;
GO
CREATE TABLE section47_enquiries (
  [child_id] NVARCHAR(4000),
  [episode_id] NVARCHAR(4000),
  [s47_id] NVARCHAR(4000),
  [start_date] DATE,
  [strategy_discussion_date] DATE,
  [icpc_target_date] DATE,
  [icpc_date] DATE,
  [icpc_not_required] NVARCHAR(5)
);
GO
BULK INSERT section47_enquiries FROM 'C:\kinsafe\tables\section47_enquiries.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS cin_plans;
GO
CREATE TABLE cin_plans (
  [child_id] NVARCHAR(4000),
  [episode_id] NVARCHAR(4000),
  [plan_id] NVARCHAR(4000),
  [start_date] DATE,
  [end_date] DATE
);
GO
BULK INSERT cin_plans FROM 'C:\kinsafe\tables\cin_plans.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS cp_plans;
GO
CREATE TABLE cp_plans (
  [child_id] NVARCHAR(4000),
  [episode_id] NVARCHAR(4000),
  [plan_id] NVARCHAR(4000),
  [start_date] DATE,
  [end_date] DATE,
  [initial_category] NVARCHAR(4000),
  [latest_category] NVARCHAR(4000),
  [number_of_previous_cpp] INT,
  [review_dates] NVARCHAR(4000)
);
GO
BULK INSERT cp_plans FROM 'C:\kinsafe\tables\cp_plans.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS looked_after_episodes;
GO
CREATE TABLE looked_after_episodes (
  [child_id] NVARCHAR(4000),
  [episode_id] NVARCHAR(4000),
  [start_date] DATE,
  [reason_for_new_episode] NVARCHAR(4000),
  [legal_status] NVARCHAR(4000),
  [category_of_need] NVARCHAR(4000),
  [placement_type] NVARCHAR(4000),
  [placement_provider] NVARCHAR(4000),
  [end_date] DATE,
  [reason_episode_ceased] NVARCHAR(4000),
  [reason_for_placement_change] NVARCHAR(4000),
  [home_postcode] NVARCHAR(4000),
  [placement_postcode] NVARCHAR(4000),
  [urn] NVARCHAR(4000)
);
GO
BULK INSERT looked_after_episodes FROM 'C:\kinsafe\tables\looked_after_episodes.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS early_help_episodes;
GO
CREATE TABLE early_help_episodes (
  [child_id] NVARCHAR(4000),
  [episode_id] NVARCHAR(4000),
  [start_date] DATE,
  [end_date] DATE,
  [outcome] NVARCHAR(4000)
);
GO
BULK INSERT early_help_episodes FROM 'C:\kinsafe\tables\early_help_episodes.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS care_proceedings;
GO
CREATE TABLE care_proceedings (
  [child_id] NVARCHAR(4000),
  [proceedings_id] NVARCHAR(4000),
  [pre_proceedings_start] DATE,
  [pre_proceedings_end] DATE,
  [issue_date] DATE,
  [final_order_date] DATE,
  [final_order] NVARCHAR(4000)
);
GO
BULK INSERT care_proceedings FROM 'C:\kinsafe\tables\care_proceedings.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS looked_after_reviews;
GO
CREATE TABLE looked_after_reviews (
  [child_id] NVARCHAR(4000),
  [review_id] NVARCHAR(4000),
  [date] DATE,
  [participation] NVARCHAR(4000)
);
GO
BULK INSERT looked_after_reviews FROM 'C:\kinsafe\tables\looked_after_reviews.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS missing_incidents;
GO
CREATE TABLE missing_incidents (
  [child_id] NVARCHAR(4000),
  [incident_id] NVARCHAR(4000),
  [missing_type] NVARCHAR(4000),
  [start_date] DATE,
  [end_date] DATE
);
GO
BULK INSERT missing_incidents FROM 'C:\kinsafe\tables\missing_incidents.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS adoptions;
GO
CREATE TABLE adoptions (
  [child_id] NVARCHAR(4000),
  [adoption_id] NVARCHAR(4000),
  [year] INT,
  [decision_date] DATE,
  [match_date] DATE,
  [foster_carer_adoption] NVARCHAR(4000),
  [number_of_adopters] NVARCHAR(4000),
  [adopter_sex] NVARCHAR(4000),
  [adopter_legal_status] NVARCHAR(4000)
);
GO
BULK INSERT adoptions FROM 'C:\kinsafe\tables\adoptions.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS looked_after_outcomes;
GO
CREATE TABLE looked_after_outcomes (
  [child_id] NVARCHAR(4000),
  [looked_after_outcome_id] NVARCHAR(4000),
  [year] INT,
  [sdq_score] INT,
  [sdq_reason] NVARCHAR(4000),
  [convicted] NVARCHAR(5),
  [health_check] NVARCHAR(5),
  [immunisations] NVARCHAR(5),
  [teeth_check] NVARCHAR(5),
  [health_assessment] NVARCHAR(5),
  [substance_misuse] NVARCHAR(5),
  [intervention_received] NVARCHAR(5),
  [intervention_offered] NVARCHAR(5)
);
GO
BULK INSERT looked_after_outcomes FROM 'C:\kinsafe\tables\looked_after_outcomes.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS care_leaver_outcomes;
GO
CREATE TABLE care_leaver_outcomes (
  [child_id] NVARCHAR(4000),
  [care_leaver_outcome_id] NVARCHAR(4000),
  [year] INT,
  [in_touch] NVARCHAR(4000),
  [activity] NVARCHAR(4000),
  [accommodation] NVARCHAR(4000)
);
GO
BULK INSERT care_leaver_outcomes FROM 'C:\kinsafe\tables\care_leaver_outcomes.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO
DROP TABLE IF EXISTS coverage;
GO
CREATE TABLE coverage (
  [fact] NVARCHAR(4000),
  [start] DATE,
  [end] DATE,
  [source] NVARCHAR(4000),
  [unusable] NVARCHAR(4000)
);
GO
BULK INSERT coverage FROM 'C:\kinsafe\tables\coverage.csv' WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001');
GO

-- The periods: ks_period (period_id, period_start, period_end, snapshot, horizon: the later of the end and the snapshot, cover_from: the earlier of the start and the snapshot).
DROP TABLE IF EXISTS ks_period;
GO
SELECT * INTO ks_period FROM (
SELECT 1 AS period_id, CAST('2024-04-01' AS DATE) AS period_start, CAST('2025-03-31' AS DATE) AS period_end, CAST('2025-03-31' AS DATE) AS snapshot, CAST('2025-03-31' AS DATE) AS horizon, CAST('2024-04-01' AS DATE) AS cover_from, 2025 AS ad1_known_year, 2025 AS health_year, 2025 AS leaver_year, CAST('2025-03-31' AS DATE) AS leaver_day
) AS made;
GO

-- The working-day calendar, 1970-01-01 to 2099-12-31: its closed days (ks_closed_day) and every day with its working-day number (ks_day).
-- Working days from a to b (the day after a up to and including b) = b.working_day_number - a.working_day_number.
DROP TABLE IF EXISTS ks_closed_day;
GO
SELECT * INTO ks_closed_day FROM (
SELECT day, title FROM (VALUES
  (CAST('1970-03-27' AS DATE), N'Good Friday'),
  (CAST('1970-03-30' AS DATE), N'Easter Monday'),
  (CAST('1970-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('1970-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('1970-12-25' AS DATE), N'Christmas Day'),
  (CAST('1971-04-09' AS DATE), N'Good Friday'),
  (CAST('1971-04-12' AS DATE), N'Easter Monday'),
  (CAST('1971-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('1971-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('1971-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('1971-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('1972-03-31' AS DATE), N'Good Friday'),
  (CAST('1972-04-03' AS DATE), N'Easter Monday'),
  (CAST('1972-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('1972-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('1972-12-25' AS DATE), N'Christmas Day'),
  (CAST('1972-12-26' AS DATE), N'Boxing Day'),
  (CAST('1973-04-20' AS DATE), N'Good Friday'),
  (CAST('1973-04-23' AS DATE), N'Easter Monday'),
  (CAST('1973-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('1973-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('1973-11-14' AS DATE), N'Wedding of Princess Anne'),
  (CAST('1973-12-25' AS DATE), N'Christmas Day'),
  (CAST('1973-12-26' AS DATE), N'Boxing Day'),
  (CAST('1974-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1974-04-12' AS DATE), N'Good Friday'),
  (CAST('1974-04-15' AS DATE), N'Easter Monday'),
  (CAST('1974-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('1974-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('1974-12-25' AS DATE), N'Christmas Day'),
  (CAST('1974-12-26' AS DATE), N'Boxing Day'),
  (CAST('1975-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1975-03-28' AS DATE), N'Good Friday'),
  (CAST('1975-03-31' AS DATE), N'Easter Monday'),
  (CAST('1975-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('1975-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('1975-12-25' AS DATE), N'Christmas Day'),
  (CAST('1975-12-26' AS DATE), N'Boxing Day'),
  (CAST('1976-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1976-04-16' AS DATE), N'Good Friday'),
  (CAST('1976-04-19' AS DATE), N'Easter Monday'),
  (CAST('1976-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('1976-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('1976-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('1976-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('1977-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('1977-04-08' AS DATE), N'Good Friday'),
  (CAST('1977-04-11' AS DATE), N'Easter Monday'),
  (CAST('1977-06-06' AS DATE), N'Spring bank holiday'),
  (CAST('1977-06-07' AS DATE), N'Queen''s Silver Jubilee'),
  (CAST('1977-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('1977-12-26' AS DATE), N'Boxing Day'),
  (CAST('1977-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('1978-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('1978-03-24' AS DATE), N'Good Friday'),
  (CAST('1978-03-27' AS DATE), N'Easter Monday'),
  (CAST('1978-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('1978-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('1978-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('1978-12-25' AS DATE), N'Christmas Day'),
  (CAST('1978-12-26' AS DATE), N'Boxing Day'),
  (CAST('1979-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1979-04-13' AS DATE), N'Good Friday'),
  (CAST('1979-04-16' AS DATE), N'Easter Monday'),
  (CAST('1979-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('1979-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('1979-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('1979-12-25' AS DATE), N'Christmas Day'),
  (CAST('1979-12-26' AS DATE), N'Boxing Day'),
  (CAST('1980-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1980-04-04' AS DATE), N'Good Friday'),
  (CAST('1980-04-07' AS DATE), N'Easter Monday'),
  (CAST('1980-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('1980-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('1980-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('1980-12-25' AS DATE), N'Christmas Day'),
  (CAST('1980-12-26' AS DATE), N'Boxing Day'),
  (CAST('1981-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1981-04-17' AS DATE), N'Good Friday'),
  (CAST('1981-04-20' AS DATE), N'Easter Monday'),
  (CAST('1981-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('1981-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('1981-07-29' AS DATE), N'Royal wedding'),
  (CAST('1981-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('1981-12-25' AS DATE), N'Christmas Day'),
  (CAST('1981-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('1982-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1982-04-09' AS DATE), N'Good Friday'),
  (CAST('1982-04-12' AS DATE), N'Easter Monday'),
  (CAST('1982-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('1982-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('1982-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('1982-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('1982-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('1983-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('1983-04-01' AS DATE), N'Good Friday'),
  (CAST('1983-04-04' AS DATE), N'Easter Monday'),
  (CAST('1983-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('1983-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('1983-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('1983-12-26' AS DATE), N'Boxing Day'),
  (CAST('1983-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('1984-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('1984-04-20' AS DATE), N'Good Friday'),
  (CAST('1984-04-23' AS DATE), N'Easter Monday'),
  (CAST('1984-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('1984-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('1984-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('1984-12-25' AS DATE), N'Christmas Day'),
  (CAST('1984-12-26' AS DATE), N'Boxing Day'),
  (CAST('1985-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1985-04-05' AS DATE), N'Good Friday'),
  (CAST('1985-04-08' AS DATE), N'Easter Monday'),
  (CAST('1985-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('1985-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('1985-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('1985-12-25' AS DATE), N'Christmas Day'),
  (CAST('1985-12-26' AS DATE), N'Boxing Day'),
  (CAST('1986-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1986-03-28' AS DATE), N'Good Friday'),
  (CAST('1986-03-31' AS DATE), N'Easter Monday'),
  (CAST('1986-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('1986-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('1986-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('1986-12-25' AS DATE), N'Christmas Day'),
  (CAST('1986-12-26' AS DATE), N'Boxing Day'),
  (CAST('1987-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1987-04-17' AS DATE), N'Good Friday'),
  (CAST('1987-04-20' AS DATE), N'Easter Monday'),
  (CAST('1987-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('1987-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('1987-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('1987-12-25' AS DATE), N'Christmas Day'),
  (CAST('1987-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('1988-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1988-04-01' AS DATE), N'Good Friday'),
  (CAST('1988-04-04' AS DATE), N'Easter Monday'),
  (CAST('1988-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('1988-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('1988-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('1988-12-26' AS DATE), N'Boxing Day'),
  (CAST('1988-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('1989-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('1989-03-24' AS DATE), N'Good Friday'),
  (CAST('1989-03-27' AS DATE), N'Easter Monday'),
  (CAST('1989-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('1989-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('1989-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('1989-12-25' AS DATE), N'Christmas Day'),
  (CAST('1989-12-26' AS DATE), N'Boxing Day'),
  (CAST('1990-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1990-04-13' AS DATE), N'Good Friday'),
  (CAST('1990-04-16' AS DATE), N'Easter Monday'),
  (CAST('1990-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('1990-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('1990-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('1990-12-25' AS DATE), N'Christmas Day'),
  (CAST('1990-12-26' AS DATE), N'Boxing Day'),
  (CAST('1991-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1991-03-29' AS DATE), N'Good Friday'),
  (CAST('1991-04-01' AS DATE), N'Easter Monday'),
  (CAST('1991-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('1991-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('1991-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('1991-12-25' AS DATE), N'Christmas Day'),
  (CAST('1991-12-26' AS DATE), N'Boxing Day'),
  (CAST('1992-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1992-04-17' AS DATE), N'Good Friday'),
  (CAST('1992-04-20' AS DATE), N'Easter Monday'),
  (CAST('1992-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('1992-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('1992-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('1992-12-25' AS DATE), N'Christmas Day'),
  (CAST('1992-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('1993-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1993-04-09' AS DATE), N'Good Friday'),
  (CAST('1993-04-12' AS DATE), N'Easter Monday'),
  (CAST('1993-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('1993-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('1993-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('1993-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('1993-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('1994-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('1994-04-01' AS DATE), N'Good Friday'),
  (CAST('1994-04-04' AS DATE), N'Easter Monday'),
  (CAST('1994-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('1994-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('1994-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('1994-12-26' AS DATE), N'Boxing Day'),
  (CAST('1994-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('1995-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('1995-04-14' AS DATE), N'Good Friday'),
  (CAST('1995-04-17' AS DATE), N'Easter Monday'),
  (CAST('1995-05-08' AS DATE), N'Early May bank holiday (VE day)'),
  (CAST('1995-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('1995-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('1995-12-25' AS DATE), N'Christmas Day'),
  (CAST('1995-12-26' AS DATE), N'Boxing Day'),
  (CAST('1996-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1996-04-05' AS DATE), N'Good Friday'),
  (CAST('1996-04-08' AS DATE), N'Easter Monday'),
  (CAST('1996-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('1996-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('1996-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('1996-12-25' AS DATE), N'Christmas Day'),
  (CAST('1996-12-26' AS DATE), N'Boxing Day'),
  (CAST('1997-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1997-03-28' AS DATE), N'Good Friday'),
  (CAST('1997-03-31' AS DATE), N'Easter Monday'),
  (CAST('1997-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('1997-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('1997-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('1997-12-25' AS DATE), N'Christmas Day'),
  (CAST('1997-12-26' AS DATE), N'Boxing Day'),
  (CAST('1998-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1998-04-10' AS DATE), N'Good Friday'),
  (CAST('1998-04-13' AS DATE), N'Easter Monday'),
  (CAST('1998-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('1998-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('1998-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('1998-12-25' AS DATE), N'Christmas Day'),
  (CAST('1998-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('1999-01-01' AS DATE), N'New Year''s Day'),
  (CAST('1999-04-02' AS DATE), N'Good Friday'),
  (CAST('1999-04-05' AS DATE), N'Easter Monday'),
  (CAST('1999-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('1999-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('1999-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('1999-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('1999-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('1999-12-31' AS DATE), N'Millennium celebrations'),
  (CAST('2000-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2000-04-21' AS DATE), N'Good Friday'),
  (CAST('2000-04-24' AS DATE), N'Easter Monday'),
  (CAST('2000-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2000-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2000-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2000-12-25' AS DATE), N'Christmas Day'),
  (CAST('2000-12-26' AS DATE), N'Boxing Day'),
  (CAST('2001-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2001-04-13' AS DATE), N'Good Friday'),
  (CAST('2001-04-16' AS DATE), N'Easter Monday'),
  (CAST('2001-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2001-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2001-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2001-12-25' AS DATE), N'Christmas Day'),
  (CAST('2001-12-26' AS DATE), N'Boxing Day'),
  (CAST('2002-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2002-03-29' AS DATE), N'Good Friday'),
  (CAST('2002-04-01' AS DATE), N'Easter Monday'),
  (CAST('2002-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2002-06-03' AS DATE), N'Queen''s Golden Jubilee'),
  (CAST('2002-06-04' AS DATE), N'Spring bank holiday'),
  (CAST('2002-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2002-12-25' AS DATE), N'Christmas Day'),
  (CAST('2002-12-26' AS DATE), N'Boxing Day'),
  (CAST('2003-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2003-04-18' AS DATE), N'Good Friday'),
  (CAST('2003-04-21' AS DATE), N'Easter Monday'),
  (CAST('2003-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2003-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2003-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2003-12-25' AS DATE), N'Christmas Day'),
  (CAST('2003-12-26' AS DATE), N'Boxing Day'),
  (CAST('2004-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2004-04-09' AS DATE), N'Good Friday'),
  (CAST('2004-04-12' AS DATE), N'Easter Monday'),
  (CAST('2004-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2004-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2004-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2004-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2004-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2005-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2005-03-25' AS DATE), N'Good Friday'),
  (CAST('2005-03-28' AS DATE), N'Easter Monday'),
  (CAST('2005-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2005-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('2005-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2005-12-26' AS DATE), N'Boxing Day'),
  (CAST('2005-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2006-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2006-04-14' AS DATE), N'Good Friday'),
  (CAST('2006-04-17' AS DATE), N'Easter Monday'),
  (CAST('2006-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2006-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2006-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2006-12-25' AS DATE), N'Christmas Day'),
  (CAST('2006-12-26' AS DATE), N'Boxing Day'),
  (CAST('2007-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2007-04-06' AS DATE), N'Good Friday'),
  (CAST('2007-04-09' AS DATE), N'Easter Monday'),
  (CAST('2007-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2007-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2007-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2007-12-25' AS DATE), N'Christmas Day'),
  (CAST('2007-12-26' AS DATE), N'Boxing Day'),
  (CAST('2008-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2008-03-21' AS DATE), N'Good Friday'),
  (CAST('2008-03-24' AS DATE), N'Easter Monday'),
  (CAST('2008-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2008-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2008-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2008-12-25' AS DATE), N'Christmas Day'),
  (CAST('2008-12-26' AS DATE), N'Boxing Day'),
  (CAST('2009-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2009-04-10' AS DATE), N'Good Friday'),
  (CAST('2009-04-13' AS DATE), N'Easter Monday'),
  (CAST('2009-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('2009-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2009-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2009-12-25' AS DATE), N'Christmas Day'),
  (CAST('2009-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2010-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2010-04-02' AS DATE), N'Good Friday'),
  (CAST('2010-04-05' AS DATE), N'Easter Monday'),
  (CAST('2010-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2010-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2010-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2010-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2010-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2011-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2011-04-22' AS DATE), N'Good Friday'),
  (CAST('2011-04-25' AS DATE), N'Easter Monday'),
  (CAST('2011-04-29' AS DATE), N'Royal wedding'),
  (CAST('2011-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2011-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('2011-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2011-12-26' AS DATE), N'Boxing Day'),
  (CAST('2011-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2012-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2012-04-06' AS DATE), N'Good Friday'),
  (CAST('2012-04-09' AS DATE), N'Easter Monday'),
  (CAST('2012-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2012-06-04' AS DATE), N'Spring bank holiday'),
  (CAST('2012-06-05' AS DATE), N'Queen''s Diamond Jubilee'),
  (CAST('2012-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2012-12-25' AS DATE), N'Christmas Day'),
  (CAST('2012-12-26' AS DATE), N'Boxing Day'),
  (CAST('2013-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2013-03-29' AS DATE), N'Good Friday'),
  (CAST('2013-04-01' AS DATE), N'Easter Monday'),
  (CAST('2013-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2013-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('2013-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2013-12-25' AS DATE), N'Christmas Day'),
  (CAST('2013-12-26' AS DATE), N'Boxing Day'),
  (CAST('2014-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2014-04-18' AS DATE), N'Good Friday'),
  (CAST('2014-04-21' AS DATE), N'Easter Monday'),
  (CAST('2014-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2014-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2014-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2014-12-25' AS DATE), N'Christmas Day'),
  (CAST('2014-12-26' AS DATE), N'Boxing Day'),
  (CAST('2015-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2015-04-03' AS DATE), N'Good Friday'),
  (CAST('2015-04-06' AS DATE), N'Easter Monday'),
  (CAST('2015-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('2015-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2015-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2015-12-25' AS DATE), N'Christmas Day'),
  (CAST('2015-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2016-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2016-03-25' AS DATE), N'Good Friday'),
  (CAST('2016-03-28' AS DATE), N'Easter Monday'),
  (CAST('2016-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2016-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('2016-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2016-12-26' AS DATE), N'Boxing Day'),
  (CAST('2016-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2017-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2017-04-14' AS DATE), N'Good Friday'),
  (CAST('2017-04-17' AS DATE), N'Easter Monday'),
  (CAST('2017-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2017-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2017-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2017-12-25' AS DATE), N'Christmas Day'),
  (CAST('2017-12-26' AS DATE), N'Boxing Day'),
  (CAST('2018-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2018-03-30' AS DATE), N'Good Friday'),
  (CAST('2018-04-02' AS DATE), N'Easter Monday'),
  (CAST('2018-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2018-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2018-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2018-12-25' AS DATE), N'Christmas Day'),
  (CAST('2018-12-26' AS DATE), N'Boxing Day'),
  (CAST('2019-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2019-04-19' AS DATE), N'Good Friday'),
  (CAST('2019-04-22' AS DATE), N'Easter Monday'),
  (CAST('2019-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2019-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('2019-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2019-12-25' AS DATE), N'Christmas Day'),
  (CAST('2019-12-26' AS DATE), N'Boxing Day'),
  (CAST('2020-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2020-04-10' AS DATE), N'Good Friday'),
  (CAST('2020-04-13' AS DATE), N'Easter Monday'),
  (CAST('2020-05-08' AS DATE), N'Early May bank holiday (VE day)'),
  (CAST('2020-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2020-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2020-12-25' AS DATE), N'Christmas Day'),
  (CAST('2020-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2021-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2021-04-02' AS DATE), N'Good Friday'),
  (CAST('2021-04-05' AS DATE), N'Easter Monday'),
  (CAST('2021-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2021-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2021-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2021-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2021-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2022-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2022-04-15' AS DATE), N'Good Friday'),
  (CAST('2022-04-18' AS DATE), N'Easter Monday'),
  (CAST('2022-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2022-06-02' AS DATE), N'Spring bank holiday'),
  (CAST('2022-06-03' AS DATE), N'Queen''s Platinum Jubilee'),
  (CAST('2022-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2022-09-19' AS DATE), N'State Funeral of Queen Elizabeth II'),
  (CAST('2022-12-26' AS DATE), N'Boxing Day'),
  (CAST('2022-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2023-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2023-04-07' AS DATE), N'Good Friday'),
  (CAST('2023-04-10' AS DATE), N'Easter Monday'),
  (CAST('2023-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2023-05-08' AS DATE), N'Coronation of King Charles III'),
  (CAST('2023-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2023-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2023-12-25' AS DATE), N'Christmas Day'),
  (CAST('2023-12-26' AS DATE), N'Boxing Day'),
  (CAST('2024-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2024-03-29' AS DATE), N'Good Friday'),
  (CAST('2024-04-01' AS DATE), N'Easter Monday'),
  (CAST('2024-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2024-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('2024-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2024-12-25' AS DATE), N'Christmas Day'),
  (CAST('2024-12-26' AS DATE), N'Boxing Day'),
  (CAST('2025-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2025-04-18' AS DATE), N'Good Friday'),
  (CAST('2025-04-21' AS DATE), N'Easter Monday'),
  (CAST('2025-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2025-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2025-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2025-12-25' AS DATE), N'Christmas Day'),
  (CAST('2025-12-26' AS DATE), N'Boxing Day'),
  (CAST('2026-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2026-04-03' AS DATE), N'Good Friday'),
  (CAST('2026-04-06' AS DATE), N'Easter Monday'),
  (CAST('2026-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('2026-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2026-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2026-12-25' AS DATE), N'Christmas Day'),
  (CAST('2026-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2027-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2027-03-26' AS DATE), N'Good Friday'),
  (CAST('2027-03-29' AS DATE), N'Easter Monday'),
  (CAST('2027-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2027-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2027-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2027-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2027-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2028-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2028-04-14' AS DATE), N'Good Friday'),
  (CAST('2028-04-17' AS DATE), N'Easter Monday'),
  (CAST('2028-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2028-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2028-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2028-12-25' AS DATE), N'Christmas Day'),
  (CAST('2028-12-26' AS DATE), N'Boxing Day'),
  (CAST('2029-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2029-03-30' AS DATE), N'Good Friday'),
  (CAST('2029-04-02' AS DATE), N'Easter Monday'),
  (CAST('2029-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2029-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2029-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2029-12-25' AS DATE), N'Christmas Day'),
  (CAST('2029-12-26' AS DATE), N'Boxing Day'),
  (CAST('2030-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2030-04-19' AS DATE), N'Good Friday'),
  (CAST('2030-04-22' AS DATE), N'Easter Monday'),
  (CAST('2030-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2030-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('2030-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2030-12-25' AS DATE), N'Christmas Day'),
  (CAST('2030-12-26' AS DATE), N'Boxing Day'),
  (CAST('2031-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2031-04-11' AS DATE), N'Good Friday'),
  (CAST('2031-04-14' AS DATE), N'Easter Monday'),
  (CAST('2031-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2031-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2031-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2031-12-25' AS DATE), N'Christmas Day'),
  (CAST('2031-12-26' AS DATE), N'Boxing Day'),
  (CAST('2032-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2032-03-26' AS DATE), N'Good Friday'),
  (CAST('2032-03-29' AS DATE), N'Easter Monday'),
  (CAST('2032-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2032-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2032-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2032-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2032-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2033-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2033-04-15' AS DATE), N'Good Friday'),
  (CAST('2033-04-18' AS DATE), N'Easter Monday'),
  (CAST('2033-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2033-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('2033-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2033-12-26' AS DATE), N'Boxing Day'),
  (CAST('2033-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2034-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2034-04-07' AS DATE), N'Good Friday'),
  (CAST('2034-04-10' AS DATE), N'Easter Monday'),
  (CAST('2034-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2034-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2034-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2034-12-25' AS DATE), N'Christmas Day'),
  (CAST('2034-12-26' AS DATE), N'Boxing Day'),
  (CAST('2035-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2035-03-23' AS DATE), N'Good Friday'),
  (CAST('2035-03-26' AS DATE), N'Easter Monday'),
  (CAST('2035-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2035-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2035-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2035-12-25' AS DATE), N'Christmas Day'),
  (CAST('2035-12-26' AS DATE), N'Boxing Day'),
  (CAST('2036-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2036-04-11' AS DATE), N'Good Friday'),
  (CAST('2036-04-14' AS DATE), N'Easter Monday'),
  (CAST('2036-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2036-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2036-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2036-12-25' AS DATE), N'Christmas Day'),
  (CAST('2036-12-26' AS DATE), N'Boxing Day'),
  (CAST('2037-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2037-04-03' AS DATE), N'Good Friday'),
  (CAST('2037-04-06' AS DATE), N'Easter Monday'),
  (CAST('2037-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('2037-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2037-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2037-12-25' AS DATE), N'Christmas Day'),
  (CAST('2037-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2038-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2038-04-23' AS DATE), N'Good Friday'),
  (CAST('2038-04-26' AS DATE), N'Easter Monday'),
  (CAST('2038-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2038-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2038-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2038-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2038-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2039-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2039-04-08' AS DATE), N'Good Friday'),
  (CAST('2039-04-11' AS DATE), N'Easter Monday'),
  (CAST('2039-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2039-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('2039-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2039-12-26' AS DATE), N'Boxing Day'),
  (CAST('2039-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2040-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2040-03-30' AS DATE), N'Good Friday'),
  (CAST('2040-04-02' AS DATE), N'Easter Monday'),
  (CAST('2040-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2040-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2040-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2040-12-25' AS DATE), N'Christmas Day'),
  (CAST('2040-12-26' AS DATE), N'Boxing Day'),
  (CAST('2041-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2041-04-19' AS DATE), N'Good Friday'),
  (CAST('2041-04-22' AS DATE), N'Easter Monday'),
  (CAST('2041-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2041-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('2041-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2041-12-25' AS DATE), N'Christmas Day'),
  (CAST('2041-12-26' AS DATE), N'Boxing Day'),
  (CAST('2042-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2042-04-04' AS DATE), N'Good Friday'),
  (CAST('2042-04-07' AS DATE), N'Easter Monday'),
  (CAST('2042-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2042-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2042-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2042-12-25' AS DATE), N'Christmas Day'),
  (CAST('2042-12-26' AS DATE), N'Boxing Day'),
  (CAST('2043-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2043-03-27' AS DATE), N'Good Friday'),
  (CAST('2043-03-30' AS DATE), N'Easter Monday'),
  (CAST('2043-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('2043-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2043-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2043-12-25' AS DATE), N'Christmas Day'),
  (CAST('2043-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2044-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2044-04-15' AS DATE), N'Good Friday'),
  (CAST('2044-04-18' AS DATE), N'Easter Monday'),
  (CAST('2044-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2044-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('2044-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2044-12-26' AS DATE), N'Boxing Day'),
  (CAST('2044-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2045-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2045-04-07' AS DATE), N'Good Friday'),
  (CAST('2045-04-10' AS DATE), N'Easter Monday'),
  (CAST('2045-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2045-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2045-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2045-12-25' AS DATE), N'Christmas Day'),
  (CAST('2045-12-26' AS DATE), N'Boxing Day'),
  (CAST('2046-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2046-03-23' AS DATE), N'Good Friday'),
  (CAST('2046-03-26' AS DATE), N'Easter Monday'),
  (CAST('2046-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2046-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2046-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2046-12-25' AS DATE), N'Christmas Day'),
  (CAST('2046-12-26' AS DATE), N'Boxing Day'),
  (CAST('2047-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2047-04-12' AS DATE), N'Good Friday'),
  (CAST('2047-04-15' AS DATE), N'Easter Monday'),
  (CAST('2047-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2047-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('2047-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2047-12-25' AS DATE), N'Christmas Day'),
  (CAST('2047-12-26' AS DATE), N'Boxing Day'),
  (CAST('2048-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2048-04-03' AS DATE), N'Good Friday'),
  (CAST('2048-04-06' AS DATE), N'Easter Monday'),
  (CAST('2048-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('2048-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2048-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2048-12-25' AS DATE), N'Christmas Day'),
  (CAST('2048-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2049-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2049-04-16' AS DATE), N'Good Friday'),
  (CAST('2049-04-19' AS DATE), N'Easter Monday'),
  (CAST('2049-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2049-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2049-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2049-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2049-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2050-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2050-04-08' AS DATE), N'Good Friday'),
  (CAST('2050-04-11' AS DATE), N'Easter Monday'),
  (CAST('2050-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2050-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('2050-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2050-12-26' AS DATE), N'Boxing Day'),
  (CAST('2050-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2051-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2051-03-31' AS DATE), N'Good Friday'),
  (CAST('2051-04-03' AS DATE), N'Easter Monday'),
  (CAST('2051-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2051-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2051-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2051-12-25' AS DATE), N'Christmas Day'),
  (CAST('2051-12-26' AS DATE), N'Boxing Day'),
  (CAST('2052-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2052-04-19' AS DATE), N'Good Friday'),
  (CAST('2052-04-22' AS DATE), N'Easter Monday'),
  (CAST('2052-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2052-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('2052-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2052-12-25' AS DATE), N'Christmas Day'),
  (CAST('2052-12-26' AS DATE), N'Boxing Day'),
  (CAST('2053-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2053-04-04' AS DATE), N'Good Friday'),
  (CAST('2053-04-07' AS DATE), N'Easter Monday'),
  (CAST('2053-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2053-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2053-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2053-12-25' AS DATE), N'Christmas Day'),
  (CAST('2053-12-26' AS DATE), N'Boxing Day'),
  (CAST('2054-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2054-03-27' AS DATE), N'Good Friday'),
  (CAST('2054-03-30' AS DATE), N'Easter Monday'),
  (CAST('2054-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('2054-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2054-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2054-12-25' AS DATE), N'Christmas Day'),
  (CAST('2054-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2055-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2055-04-16' AS DATE), N'Good Friday'),
  (CAST('2055-04-19' AS DATE), N'Easter Monday'),
  (CAST('2055-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2055-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2055-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2055-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2055-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2056-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2056-03-31' AS DATE), N'Good Friday'),
  (CAST('2056-04-03' AS DATE), N'Easter Monday'),
  (CAST('2056-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2056-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2056-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2056-12-25' AS DATE), N'Christmas Day'),
  (CAST('2056-12-26' AS DATE), N'Boxing Day'),
  (CAST('2057-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2057-04-20' AS DATE), N'Good Friday'),
  (CAST('2057-04-23' AS DATE), N'Easter Monday'),
  (CAST('2057-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2057-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2057-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2057-12-25' AS DATE), N'Christmas Day'),
  (CAST('2057-12-26' AS DATE), N'Boxing Day'),
  (CAST('2058-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2058-04-12' AS DATE), N'Good Friday'),
  (CAST('2058-04-15' AS DATE), N'Easter Monday'),
  (CAST('2058-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2058-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('2058-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2058-12-25' AS DATE), N'Christmas Day'),
  (CAST('2058-12-26' AS DATE), N'Boxing Day'),
  (CAST('2059-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2059-03-28' AS DATE), N'Good Friday'),
  (CAST('2059-03-31' AS DATE), N'Easter Monday'),
  (CAST('2059-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2059-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2059-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2059-12-25' AS DATE), N'Christmas Day'),
  (CAST('2059-12-26' AS DATE), N'Boxing Day'),
  (CAST('2060-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2060-04-16' AS DATE), N'Good Friday'),
  (CAST('2060-04-19' AS DATE), N'Easter Monday'),
  (CAST('2060-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2060-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2060-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2060-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2060-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2061-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2061-04-08' AS DATE), N'Good Friday'),
  (CAST('2061-04-11' AS DATE), N'Easter Monday'),
  (CAST('2061-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2061-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('2061-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2061-12-26' AS DATE), N'Boxing Day'),
  (CAST('2061-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2062-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2062-03-24' AS DATE), N'Good Friday'),
  (CAST('2062-03-27' AS DATE), N'Easter Monday'),
  (CAST('2062-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2062-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2062-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2062-12-25' AS DATE), N'Christmas Day'),
  (CAST('2062-12-26' AS DATE), N'Boxing Day'),
  (CAST('2063-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2063-04-13' AS DATE), N'Good Friday'),
  (CAST('2063-04-16' AS DATE), N'Easter Monday'),
  (CAST('2063-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2063-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2063-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2063-12-25' AS DATE), N'Christmas Day'),
  (CAST('2063-12-26' AS DATE), N'Boxing Day'),
  (CAST('2064-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2064-04-04' AS DATE), N'Good Friday'),
  (CAST('2064-04-07' AS DATE), N'Easter Monday'),
  (CAST('2064-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2064-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2064-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2064-12-25' AS DATE), N'Christmas Day'),
  (CAST('2064-12-26' AS DATE), N'Boxing Day'),
  (CAST('2065-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2065-03-27' AS DATE), N'Good Friday'),
  (CAST('2065-03-30' AS DATE), N'Easter Monday'),
  (CAST('2065-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('2065-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2065-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2065-12-25' AS DATE), N'Christmas Day'),
  (CAST('2065-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2066-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2066-04-09' AS DATE), N'Good Friday'),
  (CAST('2066-04-12' AS DATE), N'Easter Monday'),
  (CAST('2066-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2066-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2066-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2066-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2066-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2067-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2067-04-01' AS DATE), N'Good Friday'),
  (CAST('2067-04-04' AS DATE), N'Easter Monday'),
  (CAST('2067-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2067-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('2067-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2067-12-26' AS DATE), N'Boxing Day'),
  (CAST('2067-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2068-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2068-04-20' AS DATE), N'Good Friday'),
  (CAST('2068-04-23' AS DATE), N'Easter Monday'),
  (CAST('2068-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2068-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2068-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2068-12-25' AS DATE), N'Christmas Day'),
  (CAST('2068-12-26' AS DATE), N'Boxing Day'),
  (CAST('2069-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2069-04-12' AS DATE), N'Good Friday'),
  (CAST('2069-04-15' AS DATE), N'Easter Monday'),
  (CAST('2069-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2069-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('2069-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2069-12-25' AS DATE), N'Christmas Day'),
  (CAST('2069-12-26' AS DATE), N'Boxing Day'),
  (CAST('2070-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2070-03-28' AS DATE), N'Good Friday'),
  (CAST('2070-03-31' AS DATE), N'Easter Monday'),
  (CAST('2070-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2070-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2070-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2070-12-25' AS DATE), N'Christmas Day'),
  (CAST('2070-12-26' AS DATE), N'Boxing Day'),
  (CAST('2071-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2071-04-17' AS DATE), N'Good Friday'),
  (CAST('2071-04-20' AS DATE), N'Easter Monday'),
  (CAST('2071-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('2071-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2071-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2071-12-25' AS DATE), N'Christmas Day'),
  (CAST('2071-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2072-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2072-04-08' AS DATE), N'Good Friday'),
  (CAST('2072-04-11' AS DATE), N'Easter Monday'),
  (CAST('2072-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2072-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('2072-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2072-12-26' AS DATE), N'Boxing Day'),
  (CAST('2072-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2073-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2073-03-24' AS DATE), N'Good Friday'),
  (CAST('2073-03-27' AS DATE), N'Easter Monday'),
  (CAST('2073-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2073-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2073-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2073-12-25' AS DATE), N'Christmas Day'),
  (CAST('2073-12-26' AS DATE), N'Boxing Day'),
  (CAST('2074-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2074-04-13' AS DATE), N'Good Friday'),
  (CAST('2074-04-16' AS DATE), N'Easter Monday'),
  (CAST('2074-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2074-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2074-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2074-12-25' AS DATE), N'Christmas Day'),
  (CAST('2074-12-26' AS DATE), N'Boxing Day'),
  (CAST('2075-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2075-04-05' AS DATE), N'Good Friday'),
  (CAST('2075-04-08' AS DATE), N'Easter Monday'),
  (CAST('2075-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2075-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('2075-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2075-12-25' AS DATE), N'Christmas Day'),
  (CAST('2075-12-26' AS DATE), N'Boxing Day'),
  (CAST('2076-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2076-04-17' AS DATE), N'Good Friday'),
  (CAST('2076-04-20' AS DATE), N'Easter Monday'),
  (CAST('2076-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('2076-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2076-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2076-12-25' AS DATE), N'Christmas Day'),
  (CAST('2076-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2077-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2077-04-09' AS DATE), N'Good Friday'),
  (CAST('2077-04-12' AS DATE), N'Easter Monday'),
  (CAST('2077-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2077-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2077-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2077-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2077-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2078-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2078-04-01' AS DATE), N'Good Friday'),
  (CAST('2078-04-04' AS DATE), N'Easter Monday'),
  (CAST('2078-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2078-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('2078-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2078-12-26' AS DATE), N'Boxing Day'),
  (CAST('2078-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2079-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2079-04-21' AS DATE), N'Good Friday'),
  (CAST('2079-04-24' AS DATE), N'Easter Monday'),
  (CAST('2079-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2079-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2079-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2079-12-25' AS DATE), N'Christmas Day'),
  (CAST('2079-12-26' AS DATE), N'Boxing Day'),
  (CAST('2080-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2080-04-05' AS DATE), N'Good Friday'),
  (CAST('2080-04-08' AS DATE), N'Easter Monday'),
  (CAST('2080-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2080-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('2080-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2080-12-25' AS DATE), N'Christmas Day'),
  (CAST('2080-12-26' AS DATE), N'Boxing Day'),
  (CAST('2081-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2081-03-28' AS DATE), N'Good Friday'),
  (CAST('2081-03-31' AS DATE), N'Easter Monday'),
  (CAST('2081-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2081-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2081-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2081-12-25' AS DATE), N'Christmas Day'),
  (CAST('2081-12-26' AS DATE), N'Boxing Day'),
  (CAST('2082-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2082-04-17' AS DATE), N'Good Friday'),
  (CAST('2082-04-20' AS DATE), N'Easter Monday'),
  (CAST('2082-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('2082-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2082-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2082-12-25' AS DATE), N'Christmas Day'),
  (CAST('2082-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2083-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2083-04-02' AS DATE), N'Good Friday'),
  (CAST('2083-04-05' AS DATE), N'Easter Monday'),
  (CAST('2083-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2083-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2083-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2083-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2083-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2084-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2084-03-24' AS DATE), N'Good Friday'),
  (CAST('2084-03-27' AS DATE), N'Easter Monday'),
  (CAST('2084-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2084-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2084-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2084-12-25' AS DATE), N'Christmas Day'),
  (CAST('2084-12-26' AS DATE), N'Boxing Day'),
  (CAST('2085-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2085-04-13' AS DATE), N'Good Friday'),
  (CAST('2085-04-16' AS DATE), N'Easter Monday'),
  (CAST('2085-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2085-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2085-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2085-12-25' AS DATE), N'Christmas Day'),
  (CAST('2085-12-26' AS DATE), N'Boxing Day'),
  (CAST('2086-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2086-03-29' AS DATE), N'Good Friday'),
  (CAST('2086-04-01' AS DATE), N'Easter Monday'),
  (CAST('2086-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2086-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('2086-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2086-12-25' AS DATE), N'Christmas Day'),
  (CAST('2086-12-26' AS DATE), N'Boxing Day'),
  (CAST('2087-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2087-04-18' AS DATE), N'Good Friday'),
  (CAST('2087-04-21' AS DATE), N'Easter Monday'),
  (CAST('2087-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2087-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2087-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2087-12-25' AS DATE), N'Christmas Day'),
  (CAST('2087-12-26' AS DATE), N'Boxing Day'),
  (CAST('2088-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2088-04-09' AS DATE), N'Good Friday'),
  (CAST('2088-04-12' AS DATE), N'Easter Monday'),
  (CAST('2088-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2088-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2088-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2088-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2088-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2089-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2089-04-01' AS DATE), N'Good Friday'),
  (CAST('2089-04-04' AS DATE), N'Easter Monday'),
  (CAST('2089-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2089-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('2089-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2089-12-26' AS DATE), N'Boxing Day'),
  (CAST('2089-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2090-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2090-04-14' AS DATE), N'Good Friday'),
  (CAST('2090-04-17' AS DATE), N'Easter Monday'),
  (CAST('2090-05-01' AS DATE), N'Early May bank holiday'),
  (CAST('2090-05-29' AS DATE), N'Spring bank holiday'),
  (CAST('2090-08-28' AS DATE), N'Summer bank holiday'),
  (CAST('2090-12-25' AS DATE), N'Christmas Day'),
  (CAST('2090-12-26' AS DATE), N'Boxing Day'),
  (CAST('2091-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2091-04-06' AS DATE), N'Good Friday'),
  (CAST('2091-04-09' AS DATE), N'Easter Monday'),
  (CAST('2091-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2091-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2091-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2091-12-25' AS DATE), N'Christmas Day'),
  (CAST('2091-12-26' AS DATE), N'Boxing Day'),
  (CAST('2092-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2092-03-28' AS DATE), N'Good Friday'),
  (CAST('2092-03-31' AS DATE), N'Easter Monday'),
  (CAST('2092-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2092-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2092-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2092-12-25' AS DATE), N'Christmas Day'),
  (CAST('2092-12-26' AS DATE), N'Boxing Day'),
  (CAST('2093-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2093-04-10' AS DATE), N'Good Friday'),
  (CAST('2093-04-13' AS DATE), N'Easter Monday'),
  (CAST('2093-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('2093-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2093-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2093-12-25' AS DATE), N'Christmas Day'),
  (CAST('2093-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2094-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2094-04-02' AS DATE), N'Good Friday'),
  (CAST('2094-04-05' AS DATE), N'Easter Monday'),
  (CAST('2094-05-03' AS DATE), N'Early May bank holiday'),
  (CAST('2094-05-31' AS DATE), N'Spring bank holiday'),
  (CAST('2094-08-30' AS DATE), N'Summer bank holiday'),
  (CAST('2094-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2094-12-28' AS DATE), N'Boxing Day (substitute day)'),
  (CAST('2095-01-03' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2095-04-22' AS DATE), N'Good Friday'),
  (CAST('2095-04-25' AS DATE), N'Easter Monday'),
  (CAST('2095-05-02' AS DATE), N'Early May bank holiday'),
  (CAST('2095-05-30' AS DATE), N'Spring bank holiday'),
  (CAST('2095-08-29' AS DATE), N'Summer bank holiday'),
  (CAST('2095-12-26' AS DATE), N'Boxing Day'),
  (CAST('2095-12-27' AS DATE), N'Christmas Day (substitute day)'),
  (CAST('2096-01-02' AS DATE), N'New Year''s Day (substitute day)'),
  (CAST('2096-04-13' AS DATE), N'Good Friday'),
  (CAST('2096-04-16' AS DATE), N'Easter Monday'),
  (CAST('2096-05-07' AS DATE), N'Early May bank holiday'),
  (CAST('2096-05-28' AS DATE), N'Spring bank holiday'),
  (CAST('2096-08-27' AS DATE), N'Summer bank holiday'),
  (CAST('2096-12-25' AS DATE), N'Christmas Day'),
  (CAST('2096-12-26' AS DATE), N'Boxing Day'),
  (CAST('2097-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2097-03-29' AS DATE), N'Good Friday'),
  (CAST('2097-04-01' AS DATE), N'Easter Monday'),
  (CAST('2097-05-06' AS DATE), N'Early May bank holiday'),
  (CAST('2097-05-27' AS DATE), N'Spring bank holiday'),
  (CAST('2097-08-26' AS DATE), N'Summer bank holiday'),
  (CAST('2097-12-25' AS DATE), N'Christmas Day'),
  (CAST('2097-12-26' AS DATE), N'Boxing Day'),
  (CAST('2098-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2098-04-18' AS DATE), N'Good Friday'),
  (CAST('2098-04-21' AS DATE), N'Easter Monday'),
  (CAST('2098-05-05' AS DATE), N'Early May bank holiday'),
  (CAST('2098-05-26' AS DATE), N'Spring bank holiday'),
  (CAST('2098-08-25' AS DATE), N'Summer bank holiday'),
  (CAST('2098-12-25' AS DATE), N'Christmas Day'),
  (CAST('2098-12-26' AS DATE), N'Boxing Day'),
  (CAST('2099-01-01' AS DATE), N'New Year''s Day'),
  (CAST('2099-04-10' AS DATE), N'Good Friday'),
  (CAST('2099-04-13' AS DATE), N'Easter Monday'),
  (CAST('2099-05-04' AS DATE), N'Early May bank holiday'),
  (CAST('2099-05-25' AS DATE), N'Spring bank holiday'),
  (CAST('2099-08-31' AS DATE), N'Summer bank holiday'),
  (CAST('2099-12-25' AS DATE), N'Christmas Day'),
  (CAST('2099-12-28' AS DATE), N'Boxing Day (substitute day)')
) AS closed_days(day, title)
) AS made;
GO
DROP TABLE IF EXISTS ks_day;
GO
SELECT * INTO ks_day FROM (
SELECT day, is_working_day, SUM(is_working_day) OVER (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS working_day_number FROM (
  SELECT a.day, CASE WHEN (DATEDIFF(day, CAST('1900-01-01' AS DATE), a.day) % 7 + 1) IN (7, 6) OR c.day IS NOT NULL THEN 0 ELSE 1 END AS is_working_day FROM (SELECT DATEADD(day, n, CAST('1970-01-01' AS DATE)) AS day FROM (SELECT a.v + 10 * b.v + 100 * c.v + 1000 * d.v + 10000 * e.v + 100000 * f.v AS n FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS a(v) CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS b(v) CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS c(v) CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS d(v) CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS e(v) CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS f(v)) AS numbers WHERE n <= DATEDIFF(day, CAST('1970-01-01' AS DATE), CAST('2099-12-31' AS DATE))) AS a LEFT JOIN ks_closed_day AS c ON c.day = a.day
) AS w
) AS made;
GO

-- The events each figure counts, one row per event and period, as known at the period's horizon (the later of its end and the snapshot).
DROP TABLE IF EXISTS ks_episode_known;
GO
SELECT * INTO ks_episode_known FROM (
SELECT child_id, episode_id, MIN(day) AS known_from FROM (
  SELECT child_id, episode_id, referral_date AS day FROM episodes
  UNION ALL SELECT child_id, episode_id, start_date FROM assessments
  UNION ALL SELECT child_id, episode_id, start_date FROM section47_enquiries
  UNION ALL SELECT child_id, episode_id, start_date FROM cin_plans
  UNION ALL SELECT child_id, episode_id, start_date FROM cp_plans
) AS dated GROUP BY child_id, episode_id
) AS made;
GO
DROP TABLE IF EXISTS ks_episode;
GO
SELECT * INTO ks_episode FROM (
SELECT p.period_id, e.child_id, e.episode_id, e.referral_date, e.referral_source, e.primary_need,
  CASE WHEN e.referral_nfa = N'true' THEN 1 ELSE 0 END AS nfa,
  CASE WHEN e.closure_date <= p.horizon THEN e.closure_date END AS closure_date,
  CASE WHEN e.closure_date <= p.horizon THEN e.closure_reason END AS closure_reason,
  CASE WHEN e.episode_icpc_date <= p.horizon THEN e.episode_icpc_date END AS episode_icpc_date
FROM ks_period AS p
CROSS JOIN episodes AS e
JOIN ks_episode_known AS k ON k.child_id = e.child_id AND k.episode_id = e.episode_id
WHERE k.known_from <= p.horizon
) AS made;
GO
DROP TABLE IF EXISTS ks_referral;
GO
SELECT * INTO ks_referral FROM (
SELECT r.period_id, r.child_id, r.episode_id, r.referral_date, r.nfa,
  CASE WHEN r.closure_date <= p.period_end AND r.closure_reason IN (N'RC8', N'RC9') THEN 1 ELSE 0 END AS not_in_need,
  CASE WHEN r.closure_date <= p.period_end AND r.closure_reason = N'RC8' THEN 1 ELSE 0 END AS closed_rc8,
  CASE WHEN r.closure_date <= p.period_end AND r.closure_reason = N'RC9' THEN 1 ELSE 0 END AS closed_rc9,
  CASE WHEN rr.episode_id IS NULL THEN 0 ELSE 1 END AS re_referral,
  CASE WHEN lx.episode_id IS NOT NULL THEN N'lac'
    WHEN cpx.episode_id IS NOT NULL THEN N'cp'
    WHEN cinx.episode_id IS NOT NULL THEN N'cin'
    WHEN r.nfa = 1 THEN N'nfa'
    WHEN r.closure_date <= p.period_end AND r.closure_reason = N'RC9' THEN N'early-help'
    WHEN r.closure_date <= p.period_end AND r.closure_reason = N'RC8' THEN N'nfa'
    WHEN r.closure_date <= p.period_end OR ax.episode_id IS NOT NULL THEN N'cin'
    ELSE N'pending' END AS outcome,
  CASE WHEN r.referral_source IN (N'1A', N'1B', N'1C', N'1D') THEN N'1' WHEN r.referral_source IN (N'2A', N'2B') THEN N'2' WHEN r.referral_source IN (N'3A', N'3B', N'3C', N'3D', N'3E', N'3F') THEN N'3' WHEN r.referral_source IN (N'4') THEN N'4' WHEN r.referral_source IN (N'5A', N'5B', N'5C', N'5D') THEN N'5' WHEN r.referral_source IN (N'6') THEN N'6' WHEN r.referral_source IN (N'7') THEN N'7' WHEN r.referral_source IN (N'8') THEN N'8' WHEN r.referral_source IN (N'9') THEN N'9' WHEN r.referral_source IN (N'10') THEN N'10' ELSE N'not-recorded' END AS source_group,
  CASE WHEN r.referral_source IN (N'1A', N'1B', N'1C', N'1D', N'2A', N'2B', N'3A', N'3B', N'3C', N'3D', N'3E', N'3F', N'4', N'5A', N'5B', N'5C', N'5D', N'6', N'7', N'8', N'9', N'10') THEN r.referral_source ELSE N'not-recorded' END AS source_code,
  CASE WHEN ch.dob IS NULL THEN CASE WHEN ch.expected_dob IS NOT NULL THEN N'unborn' ELSE N'not-recorded' END
    WHEN r.referral_date < ch.dob THEN N'unborn' WHEN NOT (CASE WHEN DATEADD(month, -12, DATEADD(month, 12, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 12, ch.dob) <= r.referral_date THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 12, ch.dob) < r.referral_date THEN 1 ELSE 0 END END) = 1 THEN N'under-1' WHEN NOT (CASE WHEN DATEADD(month, -60, DATEADD(month, 60, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 60, ch.dob) <= r.referral_date THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 60, ch.dob) < r.referral_date THEN 1 ELSE 0 END END) = 1 THEN N'1-to-4'
    WHEN NOT (CASE WHEN DATEADD(month, -120, DATEADD(month, 120, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 120, ch.dob) <= r.referral_date THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 120, ch.dob) < r.referral_date THEN 1 ELSE 0 END END) = 1 THEN N'5-to-9' WHEN NOT (CASE WHEN DATEADD(month, -192, DATEADD(month, 192, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 192, ch.dob) <= r.referral_date THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 192, ch.dob) < r.referral_date THEN 1 ELSE 0 END END) = 1 THEN N'10-to-15' ELSE N'16-and-over' END AS age_band
FROM ks_episode AS r
JOIN ks_period AS p ON p.period_id = r.period_id
LEFT JOIN children AS ch ON ch.child_id = r.child_id
LEFT JOIN (
  SELECT DISTINCT i.period_id, i.child_id, i.episode_id FROM ks_episode AS i
  JOIN ks_episode AS j ON j.period_id = i.period_id AND j.child_id = i.child_id
  WHERE j.referral_date < i.referral_date AND i.referral_date <= DATEADD(month, 12, j.referral_date)
) AS rr ON rr.period_id = r.period_id AND rr.child_id = r.child_id AND rr.episode_id = r.episode_id
LEFT JOIN (
  SELECT DISTINCT e.period_id, e.child_id, e.episode_id FROM ks_episode AS e
  JOIN ks_period AS p2 ON p2.period_id = e.period_id
  JOIN looked_after_episodes AS l ON l.child_id = e.child_id
  WHERE (l.legal_status IS NULL OR l.legal_status NOT IN (N'V3', N'V4')) AND l.start_date >= e.referral_date
    AND l.start_date <= CASE WHEN e.closure_date < p2.period_end THEN e.closure_date ELSE p2.period_end END
) AS lx ON lx.period_id = r.period_id AND lx.child_id = r.child_id AND lx.episode_id = r.episode_id
LEFT JOIN (SELECT DISTINCT e.period_id, e.child_id, e.episode_id FROM ks_episode AS e JOIN ks_period AS p2 ON p2.period_id = e.period_id JOIN cp_plans AS x ON x.child_id = e.child_id AND x.episode_id = e.episode_id WHERE x.start_date <= p2.period_end) AS cpx ON cpx.period_id = r.period_id AND cpx.child_id = r.child_id AND cpx.episode_id = r.episode_id
LEFT JOIN (SELECT DISTINCT e.period_id, e.child_id, e.episode_id FROM ks_episode AS e JOIN ks_period AS p2 ON p2.period_id = e.period_id JOIN cin_plans AS x ON x.child_id = e.child_id AND x.episode_id = e.episode_id WHERE x.start_date <= p2.period_end) AS cinx ON cinx.period_id = r.period_id AND cinx.child_id = r.child_id AND cinx.episode_id = r.episode_id
LEFT JOIN (SELECT DISTINCT e.period_id, e.child_id, e.episode_id FROM ks_episode AS e JOIN ks_period AS p2 ON p2.period_id = e.period_id JOIN assessments AS x ON x.child_id = e.child_id AND x.episode_id = e.episode_id WHERE x.start_date <= p2.horizon AND x.authorisation_date <= p2.period_end) AS ax ON ax.period_id = r.period_id AND ax.child_id = r.child_id AND ax.episode_id = r.episode_id
WHERE r.referral_date >= p.period_start AND r.referral_date <= p.period_end
) AS made;
GO
DROP TABLE IF EXISTS ks_assessment_row;
GO
SELECT * INTO ks_assessment_row FROM (
SELECT ROW_NUMBER() OVER (ORDER BY child_id, episode_id, assessment_id, start_date, authorisation_date, factors) AS asm_n, child_id, episode_id, start_date, authorisation_date, factors FROM assessments
) AS made;
GO
DROP TABLE IF EXISTS ks_assessment_code;
GO
SELECT * INTO ks_assessment_code FROM (
SELECT DISTINCT asm_n, item AS factor FROM (SELECT t.asm_n, t.factors, s.value AS item FROM ks_assessment_row AS t CROSS APPLY STRING_SPLIT(t.factors, N';') AS s WHERE t.factors IS NOT NULL) AS f WHERE item IN (N'1A', N'1B', N'1C', N'2A', N'2B', N'2C', N'3A', N'3B', N'3C', N'4A', N'4B', N'4C', N'5A', N'5B', N'5C', N'6A', N'6B', N'6C', N'7A', N'8B', N'8C', N'8D', N'8E', N'8F', N'9A', N'10A', N'11A', N'12A', N'13A', N'14A', N'15A', N'16A', N'17A', N'18A', N'18B', N'18C', N'19A', N'19B', N'19C', N'20', N'21', N'22A', N'23A', N'24A')
) AS made;
GO
DROP TABLE IF EXISTS ks_assessment;
GO
SELECT * INTO ks_assessment FROM (
SELECT e.period_id, e.child_id, a.asm_n,
  CASE WHEN a.start_date < e.referral_date THEN NULL ELSE CASE WHEN da.working_day_number - ds.working_day_number >= 0 THEN da.working_day_number - ds.working_day_number END END AS working_days,
  CASE WHEN hf.asm_n IS NULL THEN 0 ELSE 1 END AS has_factor
FROM ks_episode AS e
JOIN ks_period AS p ON p.period_id = e.period_id
JOIN ks_assessment_row AS a ON a.child_id = e.child_id AND a.episode_id = e.episode_id
LEFT JOIN (SELECT DISTINCT asm_n FROM ks_assessment_code) AS hf ON hf.asm_n = a.asm_n
LEFT JOIN ks_day AS ds ON ds.day = a.start_date
LEFT JOIN ks_day AS da ON da.day = a.authorisation_date
WHERE a.start_date <= p.horizon AND a.authorisation_date >= p.period_start AND a.authorisation_date <= p.period_end
) AS made;
GO
DROP TABLE IF EXISTS ks_assessment_factor;
GO
SELECT * INTO ks_assessment_factor FROM (
SELECT a.period_id, a.child_id, c.factor FROM ks_assessment AS a JOIN ks_assessment_code AS c ON c.asm_n = a.asm_n
) AS made;
GO
DROP TABLE IF EXISTS ks_s47;
GO
SELECT * INTO ks_s47 FROM (
SELECT e.period_id, e.child_id
FROM ks_episode AS e
JOIN ks_period AS p ON p.period_id = e.period_id
JOIN section47_enquiries AS s ON s.child_id = e.child_id AND s.episode_id = e.episode_id
WHERE s.start_date >= p.period_start AND s.start_date <= p.period_end
) AS made;
GO
DROP TABLE IF EXISTS ks_icpc;
GO
SELECT * INTO ks_icpc FROM (
SELECT e.period_id, e.child_id,
  CASE WHEN s.start_date < e.referral_date THEN NULL ELSE CASE WHEN di.working_day_number - ds.working_day_number >= 0 THEN di.working_day_number - ds.working_day_number END END AS working_days,
  CASE WHEN s.strategy_discussion_date <= p.horizon THEN CASE WHEN di.working_day_number - dd.working_day_number >= 0 THEN di.working_day_number - dd.working_day_number END END AS from_strategy_discussion
FROM ks_episode AS e
JOIN ks_period AS p ON p.period_id = e.period_id
JOIN section47_enquiries AS s ON s.child_id = e.child_id AND s.episode_id = e.episode_id
LEFT JOIN ks_day AS ds ON ds.day = s.start_date
LEFT JOIN ks_day AS di ON di.day = s.icpc_date
LEFT JOIN ks_day AS dd ON dd.day = s.strategy_discussion_date
WHERE s.start_date <= p.horizon AND s.icpc_date >= p.period_start AND s.icpc_date <= p.period_end
UNION ALL
SELECT e.period_id, e.child_id, NULL AS working_days, NULL AS from_strategy_discussion
FROM ks_episode AS e
JOIN ks_period AS p ON p.period_id = e.period_id
LEFT JOIN (
  SELECT DISTINCT e2.period_id, e2.child_id, e2.episode_id FROM ks_episode AS e2
  JOIN ks_period AS p2 ON p2.period_id = e2.period_id
  JOIN section47_enquiries AS s2 ON s2.child_id = e2.child_id AND s2.episode_id = e2.episode_id
  WHERE s2.start_date <= p2.horizon AND s2.icpc_date = e2.episode_icpc_date
) AS dup ON dup.period_id = e.period_id AND dup.child_id = e.child_id AND dup.episode_id = e.episode_id
WHERE e.episode_icpc_date >= p.period_start AND e.episode_icpc_date <= p.period_end AND dup.episode_id IS NULL
) AS made;
GO
DROP TABLE IF EXISTS ks_plan;
GO
SELECT * INTO ks_plan FROM (
SELECT ROW_NUMBER() OVER (ORDER BY child_id, plan_type, start_date, end_date) AS plan_n, child_id, plan_type, start_date, end_date, bad, previous FROM (
  SELECT x.child_id, N'cin' AS plan_type, x.start_date, x.end_date, CASE WHEN x.start_date < e.referral_date THEN 1 ELSE 0 END AS bad, CAST(NULL AS INT) AS previous
  FROM cin_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id
  UNION ALL
  SELECT x.child_id, N'cp' AS plan_type, x.start_date, x.end_date, CASE WHEN x.start_date < e.referral_date THEN 1 ELSE 0 END AS bad, x.number_of_previous_cpp AS previous
  FROM cp_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id
  UNION ALL
  SELECT x.child_id, N'early-help' AS plan_type, x.start_date, x.end_date, 0 AS bad, CAST(NULL AS INT) AS previous
  FROM early_help_episodes AS x
) AS plans
) AS made;
GO
DROP TABLE IF EXISTS ks_lac_chain;
GO
SELECT * INTO ks_lac_chain FROM (
SELECT period_id, child_id, episode_id, rn, start_date, end_date, rec, rne, legal_status, placement_type, is_new, care_n, new_place, new_spell,
  SUM(new_place) OVER (PARTITION BY period_id, child_id ORDER BY rn ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS place_n, SUM(new_spell) OVER (PARTITION BY period_id, child_id ORDER BY rn ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS spell_n,
  CASE WHEN LEAD(care_n) OVER (PARTITION BY period_id, child_id ORDER BY rn) IS NULL OR LEAD(care_n) OVER (PARTITION BY period_id, child_id ORDER BY rn) <> care_n THEN 1 ELSE 0 END AS last_of_care
FROM (
  SELECT period_id, child_id, episode_id, rn, start_date, end_date, rec, rne, legal_status, placement_type, is_new, SUM(is_new) OVER (PARTITION BY period_id, child_id ORDER BY rn ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS care_n,
    CASE WHEN is_new = 1 OR rne IS NULL OR rne <> N'L' THEN 1 ELSE 0 END AS new_place,
    CASE WHEN is_new = 1 OR rne IN (N'P', N'B') THEN 1 ELSE 0 END AS new_spell
  FROM (
    SELECT period_id, child_id, episode_id, start_date, end_date, rec, rne, legal_status, placement_type, ROW_NUMBER() OVER (PARTITION BY period_id, child_id ORDER BY start_date, episode_id) AS rn,
      CASE WHEN ROW_NUMBER() OVER (PARTITION BY period_id, child_id ORDER BY start_date, episode_id) = 1 OR rne_s = 1 OR LAG(x1) OVER (PARTITION BY period_id, child_id ORDER BY start_date, episode_id) = 0 OR LAG(end_date) OVER (PARTITION BY period_id, child_id ORDER BY start_date, episode_id) IS NULL OR LAG(end_date) OVER (PARTITION BY period_id, child_id ORDER BY start_date, episode_id) <> start_date THEN 1 ELSE 0 END AS is_new
    FROM (
      SELECT p.period_id, l.child_id, l.episode_id, l.start_date, CASE WHEN l.end_date <= p.horizon THEN l.end_date END AS end_date,
        CASE WHEN l.end_date <= p.horizon THEN l.reason_episode_ceased END AS rec,
        l.reason_for_new_episode AS rne, l.legal_status, l.placement_type,
        CASE WHEN l.end_date <= p.horizon AND l.reason_episode_ceased = N'X1' THEN 1 ELSE 0 END AS x1,
        CASE WHEN l.reason_for_new_episode = N'S' THEN 1 ELSE 0 END AS rne_s
      FROM ks_period AS p CROSS JOIN looked_after_episodes AS l
      WHERE l.start_date <= p.horizon AND (l.legal_status IS NULL OR l.legal_status NOT IN (N'V3', N'V4'))
    ) AS episodes_known
  ) AS flagged
) AS numbered
) AS made;
GO
DROP TABLE IF EXISTS ks_care_period;
GO
SELECT * INTO ks_care_period FROM (
SELECT s.period_id, s.child_id, s.care_n, s.start_date, s.legal_status, l.end_date, l.rec
FROM ks_lac_chain AS s
JOIN ks_lac_chain AS l ON l.period_id = s.period_id AND l.child_id = s.child_id AND l.care_n = s.care_n AND l.last_of_care = 1
WHERE s.is_new = 1
) AS made;
GO
DROP TABLE IF EXISTS ks_plan_known;
GO
SELECT * INTO ks_plan_known FROM (
SELECT p.period_id, n.plan_n, n.child_id, n.plan_type, n.start_date, CASE WHEN n.end_date <= p.horizon THEN n.end_date END AS end_date, n.bad, n.previous
FROM ks_period AS p CROSS JOIN ks_plan AS n WHERE n.start_date <= p.horizon
UNION ALL
SELECT period_id, care_n AS plan_n, child_id, N'lac' AS plan_type, start_date, end_date, 0 AS bad, CAST(NULL AS INT) AS previous FROM ks_care_period
) AS made;
GO
DROP TABLE IF EXISTS ks_plan_end;
GO
SELECT * INTO ks_plan_end FROM (
SELECT n.period_id, n.child_id, n.plan_type,
  CASE WHEN n.end_date <= DATEADD(month, 3, n.start_date) THEN N'3-months-or-less' WHEN n.end_date <= DATEADD(month, 6, n.start_date) THEN N'3-to-6-months' WHEN n.end_date < DATEADD(month, 12, n.start_date) THEN N'6-months-to-1-year' WHEN n.end_date < DATEADD(month, 24, n.start_date) THEN N'1-to-2-years' ELSE N'2-years-or-more' END AS band,
  CASE WHEN n.end_date > DATEADD(month, 6, n.start_date) THEN 1 ELSE 0 END AS more_than_6_months,
  CASE WHEN n.end_date >= DATEADD(month, 12, n.start_date) THEN 1 ELSE 0 END AS one_year_or_more,
  CASE WHEN n.end_date >= DATEADD(month, 24, n.start_date) THEN 1 ELSE 0 END AS two_years_or_more
FROM ks_plan_known AS n JOIN ks_period AS p ON p.period_id = n.period_id
WHERE n.bad = 0 AND n.end_date >= p.period_start AND n.end_date <= p.period_end
) AS made;
GO
DROP TABLE IF EXISTS ks_plan_start;
GO
SELECT * INTO ks_plan_start FROM (
SELECT n.period_id, n.child_id, n.plan_type,
  CASE WHEN r12.plan_n IS NULL THEN 0 ELSE 1 END AS within_12_months,
  CASE WHEN r24.plan_n IS NULL THEN 0 ELSE 1 END AS within_24_months,
  CASE WHEN pa.plan_n IS NOT NULL OR n.previous >= 1 THEN 1 ELSE 0 END AS previous_plan,
  CASE WHEN n.plan_type = N'cp' AND n.start_date = MIN(n.start_date) OVER (PARTITION BY n.period_id, n.child_id, n.plan_type) THEN CASE WHEN ch.dob IS NULL THEN CASE WHEN ch.expected_dob IS NOT NULL THEN N'unborn' ELSE N'not-recorded' END
    WHEN n.start_date < ch.dob THEN N'unborn' WHEN NOT (CASE WHEN DATEADD(month, -12, DATEADD(month, 12, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 12, ch.dob) <= n.start_date THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 12, ch.dob) < n.start_date THEN 1 ELSE 0 END END) = 1 THEN N'under-1' WHEN NOT (CASE WHEN DATEADD(month, -60, DATEADD(month, 60, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 60, ch.dob) <= n.start_date THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 60, ch.dob) < n.start_date THEN 1 ELSE 0 END END) = 1 THEN N'1-to-4'
    WHEN NOT (CASE WHEN DATEADD(month, -120, DATEADD(month, 120, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 120, ch.dob) <= n.start_date THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 120, ch.dob) < n.start_date THEN 1 ELSE 0 END END) = 1 THEN N'5-to-9' WHEN NOT (CASE WHEN DATEADD(month, -192, DATEADD(month, 192, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 192, ch.dob) <= n.start_date THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 192, ch.dob) < n.start_date THEN 1 ELSE 0 END END) = 1 THEN N'10-to-15' ELSE N'16-and-over' END END AS first_age_band
FROM ks_plan_known AS n
JOIN ks_period AS p ON p.period_id = n.period_id
LEFT JOIN children AS ch ON ch.child_id = n.child_id
LEFT JOIN (SELECT DISTINCT i.period_id, i.child_id, i.plan_type, i.plan_n FROM ks_plan_known AS i JOIN ks_plan_known AS j ON j.period_id = i.period_id AND j.child_id = i.child_id AND j.plan_type = i.plan_type AND j.plan_n <> i.plan_n WHERE j.end_date IS NOT NULL AND j.end_date <= i.start_date AND j.start_date <= i.start_date AND i.start_date <= DATEADD(month, 12, j.end_date)) AS r12 ON r12.period_id = n.period_id AND r12.child_id = n.child_id AND r12.plan_type = n.plan_type AND r12.plan_n = n.plan_n
LEFT JOIN (SELECT DISTINCT i.period_id, i.child_id, i.plan_type, i.plan_n FROM ks_plan_known AS i JOIN ks_plan_known AS j ON j.period_id = i.period_id AND j.child_id = i.child_id AND j.plan_type = i.plan_type AND j.plan_n <> i.plan_n WHERE j.end_date IS NOT NULL AND j.end_date <= i.start_date AND j.start_date <= i.start_date AND i.start_date <= DATEADD(month, 24, j.end_date)) AS r24 ON r24.period_id = n.period_id AND r24.child_id = n.child_id AND r24.plan_type = n.plan_type AND r24.plan_n = n.plan_n
LEFT JOIN (SELECT DISTINCT i.period_id, i.child_id, i.plan_type, i.plan_n FROM ks_plan_known AS i JOIN ks_plan_known AS j ON j.period_id = i.period_id AND j.child_id = i.child_id AND j.plan_type = i.plan_type AND j.plan_n <> i.plan_n WHERE j.start_date < i.start_date) AS pa ON pa.period_id = n.period_id AND pa.child_id = n.child_id AND pa.plan_type = n.plan_type AND pa.plan_n = n.plan_n
WHERE n.start_date >= p.period_start AND n.start_date <= p.period_end
) AS made;
GO
DROP TABLE IF EXISTS ks_open;
GO
SELECT * INTO ks_open FROM (
SELECT o.period_id, o.child_id, o.kind, CASE WHEN ch.dob IS NULL THEN CASE WHEN ch.expected_dob IS NOT NULL THEN N'unborn' ELSE N'not-recorded' END
    WHEN p.snapshot < ch.dob THEN N'unborn' WHEN NOT (CASE WHEN DATEADD(month, -12, DATEADD(month, 12, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 12, ch.dob) <= p.snapshot THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 12, ch.dob) < p.snapshot THEN 1 ELSE 0 END END) = 1 THEN N'under-1' WHEN NOT (CASE WHEN DATEADD(month, -60, DATEADD(month, 60, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 60, ch.dob) <= p.snapshot THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 60, ch.dob) < p.snapshot THEN 1 ELSE 0 END END) = 1 THEN N'1-to-4'
    WHEN NOT (CASE WHEN DATEADD(month, -120, DATEADD(month, 120, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 120, ch.dob) <= p.snapshot THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 120, ch.dob) < p.snapshot THEN 1 ELSE 0 END END) = 1 THEN N'5-to-9' WHEN NOT (CASE WHEN DATEADD(month, -192, DATEADD(month, 192, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 192, ch.dob) <= p.snapshot THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 192, ch.dob) < p.snapshot THEN 1 ELSE 0 END END) = 1 THEN N'10-to-15' ELSE N'16-and-over' END AS age_band FROM (
SELECT e.period_id, e.child_id, N'in-need' AS kind FROM ks_episode AS e JOIN ks_period AS p ON p.period_id = e.period_id WHERE e.nfa = 0 AND e.referral_date <= p.snapshot AND (e.closure_date IS NULL OR e.closure_date > p.snapshot)
UNION ALL
SELECT p.period_id, x.child_id, N'cin' AS kind FROM ks_period AS p CROSS JOIN cin_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id WHERE x.start_date <= p.snapshot AND (x.end_date IS NULL OR x.end_date > p.snapshot)
UNION ALL
SELECT p.period_id, x.child_id, N'cp' AS kind FROM ks_period AS p CROSS JOIN cp_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id WHERE x.start_date <= p.snapshot AND (x.end_date IS NULL OR x.end_date > p.snapshot)
UNION ALL
SELECT p.period_id, x.child_id, N'early-help' AS kind FROM ks_period AS p CROSS JOIN early_help_episodes AS x WHERE x.start_date <= p.snapshot AND (x.end_date IS NULL OR x.end_date > p.snapshot)
UNION ALL
SELECT p.period_id, x.child_id, N'lac' AS kind FROM ks_period AS p CROSS JOIN looked_after_episodes AS x WHERE (x.legal_status IS NULL OR x.legal_status NOT IN (N'V3', N'V4')) AND x.start_date <= p.snapshot AND (x.end_date IS NULL OR x.end_date > p.snapshot)
) AS o
JOIN ks_period AS p ON p.period_id = o.period_id
LEFT JOIN children AS ch ON ch.child_id = o.child_id
) AS made;
GO
DROP TABLE IF EXISTS ks_snap_need;
GO
SELECT * INTO ks_snap_need FROM (
SELECT period_id, child_id, need FROM (
  SELECT e.period_id, e.child_id, CASE WHEN e.primary_need IN (N'N0', N'N1', N'N2', N'N3', N'N4', N'N5', N'N6', N'N7', N'N8', N'N9') THEN e.primary_need ELSE N'not-recorded' END AS need,
    ROW_NUMBER() OVER (PARTITION BY e.period_id, e.child_id ORDER BY e.referral_date DESC, e.episode_id DESC) AS k
  FROM ks_episode AS e JOIN ks_period AS p ON p.period_id = e.period_id
  WHERE e.nfa = 0 AND e.referral_date <= p.snapshot AND (e.closure_date IS NULL OR e.closure_date > p.snapshot)
) AS open_episodes WHERE k = 1
) AS made;
GO
DROP TABLE IF EXISTS ks_cp_snap;
GO
SELECT * INTO ks_cp_snap FROM (
SELECT period_id, child_id, initial_category, latest_category FROM (
  SELECT p.period_id, x.child_id, CASE WHEN x.initial_category IN (N'NEG', N'PHY', N'SAB', N'EMO', N'MUL') THEN x.initial_category ELSE N'not-recorded' END AS initial_category, CASE WHEN x.latest_category IN (N'NEG', N'PHY', N'SAB', N'EMO', N'MUL') THEN x.latest_category ELSE N'not-recorded' END AS latest_category,
    ROW_NUMBER() OVER (PARTITION BY p.period_id, x.child_id ORDER BY x.start_date DESC, x.episode_id DESC, x.plan_id DESC) AS k
  FROM ks_period AS p CROSS JOIN cp_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id
  WHERE x.start_date <= p.snapshot AND (x.end_date IS NULL OR x.end_date > p.snapshot)
) AS plans WHERE k = 1
) AS made;
GO
DROP TABLE IF EXISTS ks_cp_first;
GO
SELECT * INTO ks_cp_first FROM (
SELECT period_id, child_id, initial_category, latest_category FROM (
  SELECT p.period_id, x.child_id, CASE WHEN x.initial_category IN (N'NEG', N'PHY', N'SAB', N'EMO', N'MUL') THEN x.initial_category ELSE N'not-recorded' END AS initial_category, CASE WHEN x.latest_category IN (N'NEG', N'PHY', N'SAB', N'EMO', N'MUL') THEN x.latest_category ELSE N'not-recorded' END AS latest_category,
    ROW_NUMBER() OVER (PARTITION BY p.period_id, x.child_id ORDER BY x.start_date, x.episode_id, x.plan_id) AS k
  FROM ks_period AS p CROSS JOIN cp_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id
  WHERE x.start_date >= p.period_start AND x.start_date <= p.period_end
) AS plans WHERE k = 1
) AS made;
GO
DROP TABLE IF EXISTS ks_proceedings;
GO
SELECT * INTO ks_proceedings FROM (
SELECT p.period_id, x.child_id, x.pre_proceedings_start, x.issue_date, x.final_order_date, p.period_start, p.period_end, p.horizon
FROM ks_period AS p CROSS JOIN care_proceedings AS x
WHERE x.pre_proceedings_start <= p.horizon OR x.pre_proceedings_end <= p.horizon OR x.issue_date <= p.horizon OR x.final_order_date <= p.horizon
  OR (x.pre_proceedings_start IS NULL AND x.pre_proceedings_end IS NULL AND x.issue_date IS NULL AND x.final_order_date IS NULL)
) AS made;
GO
DROP TABLE IF EXISTS ks_issued;
GO
SELECT * INTO ks_issued FROM (
SELECT period_id, child_id,
  CASE WHEN pre_proceedings_start <= horizon THEN CASE WHEN DATEDIFF(day, pre_proceedings_start, issue_date) >= 0 THEN DATEDIFF(day, pre_proceedings_start, issue_date) END END AS days
FROM ks_proceedings WHERE issue_date >= period_start AND issue_date <= period_end
) AS made;
GO
DROP TABLE IF EXISTS ks_concluded;
GO
SELECT * INTO ks_concluded FROM (
SELECT period_id, child_id,
  CASE WHEN issue_date <= horizon THEN CASE WHEN DATEDIFF(day, issue_date, final_order_date) >= 0 THEN DATEDIFF(day, issue_date, final_order_date) END END AS days
FROM ks_proceedings WHERE final_order_date >= period_start AND final_order_date <= period_end
) AS made;
GO
DROP TABLE IF EXISTS ks_lac_place;
GO
SELECT * INTO ks_lac_place FROM (
SELECT x.period_id, x.child_id, x.start_date, CASE WHEN x.next_new = 0 THEN x.next_start ELSE c.end_date END AS end_date
FROM (
  SELECT period_id, child_id, care_n, start_date, LEAD(start_date) OVER (PARTITION BY period_id, child_id ORDER BY rn) AS next_start, LEAD(is_new) OVER (PARTITION BY period_id, child_id ORDER BY rn) AS next_new
  FROM ks_lac_chain WHERE new_place = 1
) AS x
JOIN ks_care_period AS c ON c.period_id = x.period_id AND c.child_id = x.child_id AND c.care_n = x.care_n
) AS made;
GO
DROP TABLE IF EXISTS ks_lac_spell;
GO
SELECT * INTO ks_lac_spell FROM (
SELECT period_id, child_id, spell_n, start_date AS spell_start,
  CASE WHEN is_new = 1 THEN NULL ELSE LAG(start_date) OVER (PARTITION BY period_id, child_id ORDER BY rn) END AS prev_spell_start
FROM ks_lac_chain WHERE new_spell = 1
) AS made;
GO
DROP TABLE IF EXISTS ks_lac_snap;
GO
SELECT * INTO ks_lac_snap FROM (
SELECT a.period_id, a.child_id, a.place_group, c.start_date AS care_start,
  CASE WHEN COALESCE(pl.n, 0) >= 3 THEN 1 ELSE 0 END AS unstable,
  CASE WHEN ch.uasc = N'true' THEN 1 ELSE 0 END AS uasc,
  CASE WHEN c.start_date <= DATEADD(month, -30, p.snapshot) AND ch.dob IS NOT NULL AND p.snapshot < DATEADD(month, 192, ch.dob) THEN 1 ELSE 0 END AS long_den,
  CASE WHEN c.start_date <= DATEADD(month, -30, p.snapshot) AND ch.dob IS NOT NULL AND p.snapshot < DATEADD(month, 192, ch.dob) AND CASE WHEN a.place_group = N'placed-for-adoption' AND s.prev_spell_start IS NOT NULL THEN s.prev_spell_start ELSE s.spell_start END <= DATEADD(month, -24, p.snapshot) THEN 1 ELSE 0 END AS long_num
FROM (
  SELECT x.period_id, x.child_id, x.care_n, x.spell_n, CASE WHEN x.placement_type IN (N'U1', N'U2', N'U3', N'U4', N'U5', N'U6') THEN N'foster' WHEN x.placement_type IN (N'A3', N'A4', N'A5', N'A6') THEN N'placed-for-adoption' WHEN x.placement_type IN (N'P1') THEN N'placed-with-parents' WHEN x.placement_type IN (N'P2', N'P3') THEN N'other-community' WHEN x.placement_type IN (N'K1', N'K2', N'K3', N'H5') THEN N'secure-childrens-homes-semi-independent' WHEN x.placement_type IN (N'R1', N'R2', N'R3', N'R5') THEN N'other-residential' WHEN x.placement_type IN (N'S1') THEN N'residential-schools' WHEN x.placement_type IN (N'Z1', N'Z11', N'Z12', N'Z13', N'Z14', N'T0', N'T1', N'T2', N'T3', N'T4') THEN N'other' ELSE N'not-a-code' END AS place_group, ROW_NUMBER() OVER (PARTITION BY x.period_id, x.child_id ORDER BY x.rn DESC) AS k
  FROM ks_lac_chain AS x JOIN ks_period AS p ON p.period_id = x.period_id
  WHERE x.start_date <= p.snapshot AND (x.end_date IS NULL OR x.end_date > p.snapshot)
) AS a
JOIN ks_period AS p ON p.period_id = a.period_id
JOIN ks_care_period AS c ON c.period_id = a.period_id AND c.child_id = a.child_id AND c.care_n = a.care_n
JOIN ks_lac_spell AS s ON s.period_id = a.period_id AND s.child_id = a.child_id AND s.spell_n = a.spell_n
LEFT JOIN children AS ch ON ch.child_id = a.child_id
LEFT JOIN (
  SELECT x.period_id, x.child_id, COUNT(*) AS n FROM ks_lac_place AS x JOIN ks_period AS p ON p.period_id = x.period_id
  WHERE x.start_date <= p.period_end AND (x.end_date IS NULL OR x.end_date > p.period_start)
  GROUP BY x.period_id, x.child_id
) AS pl ON pl.period_id = a.period_id AND pl.child_id = a.child_id
WHERE a.k = 1
) AS made;
GO
DROP TABLE IF EXISTS ks_lac_start;
GO
SELECT * INTO ks_lac_start FROM (
SELECT a.period_id, a.child_id, CASE WHEN a.k = 1 THEN a.ls_group END AS ls_group, CASE WHEN ch.uasc = N'true' THEN 1 ELSE 0 END AS uasc,
  CASE WHEN a.k = 1 THEN CASE WHEN ch.dob IS NULL THEN CASE WHEN ch.expected_dob IS NOT NULL THEN N'unborn' ELSE N'not-recorded' END
    WHEN a.start_date < ch.dob THEN N'unborn' WHEN NOT (CASE WHEN DATEADD(month, -12, DATEADD(month, 12, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 12, ch.dob) <= a.start_date THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 12, ch.dob) < a.start_date THEN 1 ELSE 0 END END) = 1 THEN N'under-1' WHEN NOT (CASE WHEN DATEADD(month, -60, DATEADD(month, 60, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 60, ch.dob) <= a.start_date THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 60, ch.dob) < a.start_date THEN 1 ELSE 0 END END) = 1 THEN N'1-to-4'
    WHEN NOT (CASE WHEN DATEADD(month, -120, DATEADD(month, 120, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 120, ch.dob) <= a.start_date THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 120, ch.dob) < a.start_date THEN 1 ELSE 0 END END) = 1 THEN N'5-to-9' WHEN NOT (CASE WHEN DATEADD(month, -192, DATEADD(month, 192, ch.dob)) = ch.dob THEN CASE WHEN DATEADD(month, 192, ch.dob) <= a.start_date THEN 1 ELSE 0 END ELSE CASE WHEN DATEADD(month, 192, ch.dob) < a.start_date THEN 1 ELSE 0 END END) = 1 THEN N'10-to-15' ELSE N'16-and-over' END END AS age_band
FROM (
  SELECT c.period_id, c.child_id, c.start_date, CASE WHEN c.legal_status IN (N'C1', N'C2') THEN N'care-order' WHEN c.legal_status IN (N'E1', N'D1') THEN N'placement-order' WHEN c.legal_status IN (N'V2') THEN N'voluntary-agreement' WHEN c.legal_status IN (N'L1', N'L2', N'L3') THEN N'detained-for-child-protection' WHEN c.legal_status IN (N'J1', N'J2', N'J3') THEN N'youth-justice' WHEN c.legal_status IN (N'V3', N'V4') THEN N'short-breaks' ELSE N'not-a-code' END AS ls_group, ROW_NUMBER() OVER (PARTITION BY c.period_id, c.child_id ORDER BY c.care_n) AS k
  FROM ks_care_period AS c JOIN ks_period AS p ON p.period_id = c.period_id
  WHERE c.start_date >= p.period_start AND c.start_date <= p.period_end
) AS a
LEFT JOIN children AS ch ON ch.child_id = a.child_id
) AS made;
GO
DROP TABLE IF EXISTS ks_lac_cease;
GO
SELECT * INTO ks_lac_cease FROM (
SELECT period_id, child_id, rec_group FROM (
  SELECT c.period_id, c.child_id, CASE WHEN c.rec IN (N'E11', N'E12') THEN N'adopted' WHEN c.rec IN (N'E2') THEN N'died' WHEN c.rec IN (N'E3') THEN N'care-taken-over' WHEN c.rec IN (N'E4A', N'E4B') THEN N'returned-home' WHEN c.rec IN (N'E13') THEN N'living-with-no-pr' WHEN c.rec IN (N'E41') THEN N'child-arrangements-order' WHEN c.rec IN (N'E43', N'E44', N'E45', N'E46', N'E47', N'E48') THEN N'special-guardianship' WHEN c.rec IN (N'E5', N'E6') THEN N'independent-living' WHEN c.rec IN (N'E7') THEN N'adult-social-care' WHEN c.rec IN (N'E9') THEN N'custody' WHEN c.rec IN (N'E14') THEN N'remand-ended' WHEN c.rec IN (N'E15') THEN N'age-assessment' WHEN c.rec IN (N'E16') THEN N'moved-abroad' WHEN c.rec IN (N'E17') THEN N'stayed-with-carers' WHEN c.rec IN (N'E8') THEN N'other' WHEN c.rec IN (N'X1') THEN N'x1' ELSE N'not-a-code' END AS rec_group, ROW_NUMBER() OVER (PARTITION BY c.period_id, c.child_id ORDER BY c.end_date DESC, c.care_n DESC) AS k
  FROM ks_care_period AS c JOIN ks_period AS p ON p.period_id = c.period_id
  WHERE c.end_date >= p.period_start AND c.end_date <= p.period_end AND (c.rec IS NULL OR c.rec <> N'X1')
) AS a WHERE k = 1
) AS made;
GO
DROP TABLE IF EXISTS ks_lac_during;
GO
SELECT * INTO ks_lac_during FROM (
SELECT a.period_id, a.child_id, COALESCE(m.missing_n, 0) AS missing_n, COALESCE(m.away_n, 0) AS away_n
FROM (
  SELECT DISTINCT x.period_id, x.child_id FROM ks_lac_chain AS x JOIN ks_period AS p ON p.period_id = x.period_id
  WHERE x.start_date <= p.period_end AND (x.end_date IS NULL OR x.end_date >= p.period_start)
) AS a
LEFT JOIN (
  SELECT p.period_id, i.child_id,
    SUM(CASE WHEN i.missing_type = N'M' THEN 1 ELSE 0 END) AS missing_n,
    SUM(CASE WHEN i.missing_type = N'A' THEN 1 ELSE 0 END) AS away_n
  FROM ks_period AS p JOIN missing_incidents AS i ON i.start_date >= p.period_start AND i.start_date <= p.period_end
  GROUP BY p.period_id, i.child_id
) AS m ON m.period_id = a.period_id AND m.child_id = a.child_id
) AS made;
GO
DROP TABLE IF EXISTS ks_review;
GO
SELECT * INTO ks_review FROM (
SELECT ROW_NUMBER() OVER (ORDER BY child_id, [date], review_id) AS review_n, child_id, [date] AS review_date FROM looked_after_reviews WHERE [date] IS NOT NULL
) AS made;
GO
DROP TABLE IF EXISTS ks_lac_review;
GO
SELECT * INTO ks_lac_review FROM (
SELECT b.period_id, b.child_id, b.care_n,
  CASE WHEN b.care_n IS NULL THEN 0 WHEN b.before_n > 0 THEN 1 WHEN dr.day IS NULL OR ds.day IS NULL THEN 0 ELSE 1 END AS tested,
  CASE WHEN b.care_n IS NULL THEN 0
    WHEN b.before_n = 0 THEN CASE WHEN dr.working_day_number - ds.working_day_number <= 20 THEN 1 ELSE 0 END
    WHEN b.before_n = 1 THEN CASE WHEN b.review_date <= DATEADD(month, 3, b.prev_date) THEN 1 ELSE 0 END
    ELSE CASE WHEN b.review_date <= DATEADD(month, 6, b.prev_date) THEN 1 ELSE 0 END END AS on_time
FROM (
  SELECT h.period_id, h.child_id, h.review_n, h.review_date, h.care_n, c.start_date AS care_start, COUNT(x.review_n) AS before_n, MAX(x.review_date) AS prev_date
  FROM (
    SELECT p.period_id, v.child_id, v.review_n, v.review_date, MAX(c.care_n) AS care_n
    FROM ks_period AS p JOIN ks_review AS v ON v.review_date >= p.period_start AND v.review_date <= p.period_end
    LEFT JOIN ks_care_period AS c ON c.period_id = p.period_id AND c.child_id = v.child_id AND c.start_date <= v.review_date AND (c.end_date IS NULL OR v.review_date <= c.end_date)
    GROUP BY p.period_id, v.child_id, v.review_n, v.review_date
  ) AS h
  LEFT JOIN ks_care_period AS c ON c.period_id = h.period_id AND c.child_id = h.child_id AND c.care_n = h.care_n
  LEFT JOIN ks_review AS x ON x.child_id = h.child_id AND x.review_date >= c.start_date AND x.review_date < h.review_date
  GROUP BY h.period_id, h.child_id, h.review_n, h.review_date, h.care_n, c.start_date
) AS b
LEFT JOIN ks_day AS ds ON ds.day = b.care_start
LEFT JOIN ks_day AS dr ON dr.day = b.review_date
) AS made;
GO
DROP TABLE IF EXISTS ks_lac_all;
GO
SELECT * INTO ks_lac_all FROM (
SELECT period_id, child_id, arn, start_date, end_date, rec, rne, legal_status, placement_type,
  COALESCE(MAX(CASE WHEN brk = 1 THEN arn END) OVER (PARTITION BY period_id, child_id ORDER BY arn ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1, 1) AS first_rn
FROM (
  SELECT p.period_id, l.child_id, ROW_NUMBER() OVER (PARTITION BY p.period_id, l.child_id ORDER BY l.start_date, l.episode_id) AS arn,
    l.start_date, l.end_date, l.reason_episode_ceased AS rec, l.reason_for_new_episode AS rne, l.legal_status, l.placement_type,
    CASE WHEN l.end_date <= p.horizon AND l.reason_episode_ceased = N'X1' THEN 0 ELSE 1 END AS brk
  FROM ks_period AS p CROSS JOIN looked_after_episodes AS l WHERE l.start_date <= p.horizon
) AS e
) AS made;
GO
DROP TABLE IF EXISTS ks_adoption_base;
GO
SELECT * INTO ks_adoption_base FROM (
SELECT j.period_id, j.child_id, j.arn, j.first_rn, YEAR(DATEADD(month, 9, j.end_date)) AS ad1_year,
  MIN(CASE WHEN m.placement_type IN (N'A3', N'A4', N'A5', N'A6') THEN m.arn END) AS placed_rn,
  MIN(CASE WHEN m.legal_status IN (N'E1', N'D1') THEN m.arn END) AS authority_rn
FROM ks_lac_all AS j
JOIN ks_period AS p ON p.period_id = j.period_id
JOIN ks_lac_all AS m ON m.period_id = j.period_id AND m.child_id = j.child_id AND m.arn >= j.first_rn AND m.arn <= j.arn
WHERE j.rec IN (N'E11', N'E12') AND j.end_date >= p.period_start AND j.end_date <= p.period_end
GROUP BY j.period_id, j.child_id, j.arn, j.first_rn, YEAR(DATEADD(month, 9, j.end_date))
) AS made;
GO
DROP TABLE IF EXISTS ks_ad1;
GO
SELECT * INTO ks_ad1 FROM (
SELECT p.period_id, a.child_id, a.[year] AS ad1_year, CASE WHEN a.match_date <= p.horizon THEN a.match_date END AS match_date,
  ROW_NUMBER() OVER (PARTITION BY p.period_id, a.child_id, a.[year] ORDER BY a.adoption_id, a.match_date) AS k,
  COUNT(*) OVER (PARTITION BY p.period_id, a.child_id) AS known_n
FROM ks_period AS p JOIN adoptions AS a ON a.[year] IS NULL OR a.[year] <= p.ad1_known_year
) AS made;
GO
DROP TABLE IF EXISTS ks_adoption;
GO
SELECT * INTO ks_adoption FROM (
SELECT b.period_id, b.child_id,
  CASE WHEN b.placed_rn IS NULL THEN 1 ELSE 0 END AS no_placement,
  CASE WHEN pl.placement_type IN (N'A3', N'A5') THEN 1 ELSE 0 END AS by_foster_carers,
  DATEDIFF(day, f.start_date, pl.start_date) AS a1_days,
  DATEDIFF(day, f.start_date, CASE WHEN pl.placement_type IN (N'A3', N'A5') THEN wc.start_date ELSE pl.start_date END) AS a10_days,
  CASE WHEN au.start_date IS NULL OR mt.match_date IS NULL THEN NULL WHEN mt.match_date < au.start_date THEN 0 ELSE DATEDIFF(day, au.start_date, mt.match_date) END AS a2_days
FROM ks_adoption_base AS b
JOIN ks_lac_all AS f ON f.period_id = b.period_id AND f.child_id = b.child_id AND f.arn = b.first_rn
LEFT JOIN ks_lac_all AS pl ON pl.period_id = b.period_id AND pl.child_id = b.child_id AND pl.arn = b.placed_rn
LEFT JOIN ks_lac_all AS au ON au.period_id = b.period_id AND au.child_id = b.child_id AND au.arn = b.authority_rn
LEFT JOIN (
  SELECT b2.period_id, b2.child_id, b2.arn, MAX(m.arn) AS with_rn FROM ks_adoption_base AS b2
  JOIN ks_lac_all AS m ON m.period_id = b2.period_id AND m.child_id = b2.child_id AND m.arn >= b2.first_rn AND m.arn <= b2.placed_rn
  WHERE m.arn = b2.first_rn OR m.rne IS NULL OR m.rne NOT IN (N'L', N'T', N'U')
  GROUP BY b2.period_id, b2.child_id, b2.arn
) AS w ON w.period_id = b.period_id AND w.child_id = b.child_id AND w.arn = b.arn
LEFT JOIN ks_lac_all AS wc ON wc.period_id = b.period_id AND wc.child_id = b.child_id AND wc.arn = w.with_rn
LEFT JOIN (
  SELECT b3.period_id, b3.child_id, b3.arn, CASE WHEN y.child_id IS NOT NULL THEN y.match_date WHEN u.known_n = 1 THEN u.match_date END AS match_date
  FROM ks_adoption_base AS b3
  LEFT JOIN ks_ad1 AS y ON y.period_id = b3.period_id AND y.child_id = b3.child_id AND y.ad1_year = b3.ad1_year AND y.k = 1
  LEFT JOIN ks_ad1 AS u ON u.period_id = b3.period_id AND u.child_id = b3.child_id AND u.ad1_year IS NULL AND u.k = 1
) AS mt ON mt.period_id = b.period_id AND mt.child_id = b.child_id AND mt.arn = b.arn
) AS made;
GO
DROP TABLE IF EXISTS ks_cp_plan;
GO
SELECT * INTO ks_cp_plan FROM (
SELECT ROW_NUMBER() OVER (ORDER BY child_id, episode_id, plan_id, start_date, end_date, review_dates) AS cp_n, child_id, start_date, end_date, review_dates FROM cp_plans
) AS made;
GO
DROP TABLE IF EXISTS ks_cp_review_date;
GO
SELECT * INTO ks_cp_review_date FROM (
SELECT cp_n, CAST(item AS DATE) AS review_date FROM (SELECT t.cp_n, t.review_dates, s.value AS item FROM ks_cp_plan AS t CROSS APPLY STRING_SPLIT(t.review_dates, N';') AS s WHERE t.review_dates IS NOT NULL) AS r WHERE item LIKE N'____-__-__'
) AS made;
GO
DROP TABLE IF EXISTS ks_cp_review;
GO
SELECT * INTO ks_cp_review FROM (
SELECT period_id, child_id, MIN(plan_ok) AS on_time FROM (
  SELECT q.period_id, q.child_id, q.cp_n,
    CASE WHEN MAX(r.late) = 1 THEN 0
      WHEN q.snapshot > CASE WHEN MAX(r.review_date) IS NULL THEN DATEADD(month, 3, q.start_date) ELSE DATEADD(month, 6, MAX(r.review_date)) END THEN 0
      ELSE 1 END AS plan_ok
  FROM (
    SELECT p.period_id, p.snapshot, x.cp_n, x.child_id, x.start_date FROM ks_period AS p
    JOIN ks_cp_plan AS x ON x.start_date <= DATEADD(month, -3, p.snapshot) AND (x.end_date IS NULL OR x.end_date > p.snapshot)
  ) AS q
  LEFT JOIN (
    SELECT period_id, cp_n, review_date,
      CASE WHEN prev IS NULL THEN CASE WHEN review_date > DATEADD(month, 3, start_date) THEN 1 ELSE 0 END
        WHEN review_date > DATEADD(month, 6, prev) THEN 1 ELSE 0 END AS late
    FROM (
      SELECT period_id, cp_n, start_date, review_date, LAG(review_date) OVER (PARTITION BY period_id, cp_n ORDER BY review_date) AS prev FROM (
        SELECT DISTINCT p.period_id, x.cp_n, x.start_date, r.review_date FROM ks_period AS p
        JOIN ks_cp_plan AS x ON x.start_date <= DATEADD(month, -3, p.snapshot) AND (x.end_date IS NULL OR x.end_date > p.snapshot)
        JOIN ks_cp_review_date AS r ON r.cp_n = x.cp_n AND r.review_date > x.start_date AND r.review_date <= p.snapshot
      ) AS held
    ) AS ordered
  ) AS r ON r.period_id = q.period_id AND r.cp_n = q.cp_n
  GROUP BY q.period_id, q.child_id, q.cp_n, q.snapshot, q.start_date
) AS plans GROUP BY period_id, child_id
) AS made;
GO
DROP TABLE IF EXISTS ks_oc2;
GO
SELECT * INTO ks_oc2 FROM (
SELECT period_id, child_id, health_assessment, immunisations, teeth_check, health_check, convicted, substance_misuse, intervention_received, intervention_offered, sdq_score FROM (
  SELECT p.period_id, p.health_year AS target, o.child_id, o.[year] AS row_year, o.health_assessment, o.immunisations, o.teeth_check, o.health_check, o.convicted, o.substance_misuse, o.intervention_received, o.intervention_offered, o.sdq_score,
    ROW_NUMBER() OVER (PARTITION BY p.period_id, o.child_id, o.[year] ORDER BY o.looked_after_outcome_id) AS k,
    COUNT(*) OVER (PARTITION BY p.period_id, o.child_id) AS known_n
  FROM ks_period AS p JOIN looked_after_outcomes AS o ON o.[year] IS NULL OR o.[year] <= p.ad1_known_year
) AS r WHERE (row_year = target AND k = 1) OR (row_year IS NULL AND known_n = 1)
) AS made;
GO
DROP TABLE IF EXISTS ks_health;
GO
SELECT * INTO ks_health FROM (
SELECT s.period_id, s.child_id, CASE WHEN o.child_id IS NULL THEN 0 ELSE 1 END AS has_row,
  CASE WHEN o.child_id IS NOT NULL THEN CASE WHEN o.health_assessment IS NULL THEN NULL WHEN o.health_assessment = N'true' THEN 1 ELSE 0 END END AS f_health_assessment,
  CASE WHEN o.child_id IS NOT NULL THEN CASE WHEN o.immunisations IS NULL THEN NULL WHEN o.immunisations = N'true' THEN 1 ELSE 0 END END AS f_immunisations,
  CASE WHEN o.child_id IS NOT NULL THEN CASE WHEN o.teeth_check IS NULL THEN NULL WHEN o.teeth_check = N'true' THEN 1 ELSE 0 END END AS f_teeth_check,
  CASE WHEN o.child_id IS NOT NULL AND ch.dob <= p.snapshot AND p.snapshot < DATEADD(month, 60, ch.dob) THEN CASE WHEN o.health_check IS NULL THEN NULL WHEN o.health_check = N'true' THEN 1 ELSE 0 END END AS f_health_check,
  CASE WHEN o.child_id IS NOT NULL AND DATEADD(month, 120, ch.dob) <= p.snapshot THEN CASE WHEN o.convicted IS NULL THEN NULL WHEN o.convicted = N'true' THEN 1 ELSE 0 END END AS f_convicted,
  CASE WHEN o.child_id IS NOT NULL THEN CASE WHEN o.substance_misuse IS NULL THEN NULL WHEN o.substance_misuse = N'true' THEN 1 ELSE 0 END END AS f_substance_misuse,
  CASE WHEN o.child_id IS NOT NULL AND o.substance_misuse = N'true' THEN CASE WHEN o.intervention_received IS NULL THEN NULL WHEN o.intervention_received = N'true' THEN 1 ELSE 0 END END AS f_intervention_received,
  CASE WHEN o.child_id IS NOT NULL AND o.substance_misuse = N'true' THEN CASE WHEN o.intervention_offered IS NULL THEN NULL WHEN o.intervention_offered = N'true' THEN 1 ELSE 0 END END AS f_intervention_offered,
  CASE WHEN o.child_id IS NOT NULL AND DATEADD(month, 60, ch.dob) <= p.snapshot AND p.snapshot < DATEADD(month, 204, ch.dob) THEN 1 ELSE 0 END AS sdq_eligible,
  CASE WHEN o.child_id IS NOT NULL AND DATEADD(month, 60, ch.dob) <= p.snapshot AND p.snapshot < DATEADD(month, 204, ch.dob) AND o.sdq_score >= 0 THEN o.sdq_score END AS sdq
FROM ks_lac_snap AS s
JOIN ks_period AS p ON p.period_id = s.period_id
LEFT JOIN children AS ch ON ch.child_id = s.child_id
LEFT JOIN ks_oc2 AS o ON o.period_id = s.period_id AND o.child_id = s.child_id
LEFT JOIN (
  SELECT DISTINCT p.period_id, b.child_id FROM ks_period AS p
  JOIN looked_after_episodes AS b ON b.legal_status IN (N'V3', N'V4') AND b.start_date <= p.snapshot AND (b.end_date IS NULL OR b.end_date > DATEADD(month, -12, p.snapshot))
) AS sb ON sb.period_id = s.period_id AND sb.child_id = s.child_id
WHERE DATEDIFF(day, DATEADD(month, -12, p.snapshot), s.care_start) <= 1 AND sb.child_id IS NULL
) AS made;
GO
DROP TABLE IF EXISTS ks_oc3;
GO
SELECT * INTO ks_oc3 FROM (
SELECT period_id, child_id, in_touch, activity, accommodation FROM (
  SELECT p.period_id, p.leaver_year AS target, o.child_id, o.[year] AS row_year, o.in_touch, o.activity, o.accommodation,
    ROW_NUMBER() OVER (PARTITION BY p.period_id, o.child_id, o.[year] ORDER BY o.care_leaver_outcome_id) AS k,
    COUNT(*) OVER (PARTITION BY p.period_id, o.child_id) AS known_n
  FROM ks_period AS p JOIN care_leaver_outcomes AS o ON o.[year] IS NULL OR o.[year] <= p.ad1_known_year
) AS r WHERE (row_year = target AND k = 1) OR (row_year IS NULL AND known_n = 1)
) AS made;
GO
DROP TABLE IF EXISTS ks_leaver;
GO
SELECT * INTO ks_leaver FROM (
SELECT o.period_id, o.child_id,
  CASE WHEN p.leaver_day < DATEADD(month, 228, ch.dob) THEN N'17-18' ELSE N'19-21' END AS age_group,
  CASE WHEN o.in_touch = N'YES' THEN N'in-touch' WHEN o.in_touch = N'NO' THEN N'not-in-touch' WHEN o.in_touch = N'REFU' THEN N'refuses-contact' WHEN o.in_touch = N'NREQ' THEN N'no-longer-requires-services' ELSE N'not-recorded' END AS contact,
  CASE WHEN o.accommodation IN (N'B1', N'C1', N'D1', N'E1', N'G1', N'H1', N'K1', N'R1', N'S1', N'T1', N'U1', N'V1', N'W1', N'X1', N'Y1', N'Z1') THEN N'suitable' WHEN o.accommodation IN (N'B2', N'C2', N'D2', N'E2', N'G2', N'H2', N'K2', N'R2', N'S2', N'T2', N'U2', N'V2', N'W2', N'X2', N'Y2', N'Z2') THEN N'unsuitable' ELSE N'no-information' END AS suitability,
  CASE WHEN o.accommodation IN (N'B1', N'B2') THEN N'with-parents-or-relatives' WHEN o.accommodation IN (N'C1', N'C2') THEN N'community-home' WHEN o.accommodation IN (N'D1', N'D2') THEN N'semi-independent' WHEN o.accommodation IN (N'E1', N'E2') THEN N'supported-lodgings' WHEN o.accommodation IN (N'G1', N'G2') THEN N'gone-abroad' WHEN o.accommodation IN (N'H1', N'H2') THEN N'deported' WHEN o.accommodation IN (N'K1', N'K2') THEN N'ordinary-lodgings' WHEN o.accommodation IN (N'R1', N'R2') THEN N'residence-not-known' WHEN o.accommodation IN (N'S1', N'S2') THEN N'no-fixed-abode' WHEN o.accommodation IN (N'T1', N'T2') THEN N'foyers' WHEN o.accommodation IN (N'U1', N'U2') THEN N'independent-living' WHEN o.accommodation IN (N'V1', N'V2') THEN N'emergency-accommodation' WHEN o.accommodation IN (N'W1', N'W2') THEN N'bed-and-breakfast' WHEN o.accommodation IN (N'X1', N'X2') THEN N'in-custody' WHEN o.accommodation IN (N'Y1', N'Y2') THEN N'other' WHEN o.accommodation IN (N'Z1', N'Z2') THEN N'with-former-foster-carers' ELSE N'no-information' END AS accommodation_type,
  CASE WHEN o.activity IN (N'F1', N'P1') THEN N'higher-education' WHEN o.activity IN (N'F2', N'P2') THEN N'other-education' WHEN o.activity IN (N'F4', N'P4') THEN N'apprenticeship' WHEN o.activity IN (N'F3', N'P3', N'F5', N'P5') THEN N'training-or-employment' WHEN o.activity IN (N'G4') THEN N'neet-illness-or-disability' WHEN o.activity IN (N'G6') THEN N'neet-pregnancy-or-parenting' WHEN o.activity IN (N'G5') THEN N'neet-other' ELSE N'not-known' END AS activity
FROM ks_oc3 AS o
JOIN ks_period AS p ON p.period_id = o.period_id
JOIN children AS ch ON ch.child_id = o.child_id
WHERE ch.dob IS NOT NULL AND DATEADD(month, 204, ch.dob) <= p.leaver_day AND p.leaver_day < DATEADD(month, 264, ch.dob)
  AND (o.in_touch IS NULL OR o.in_touch NOT IN (N'DIED', N'RHOM'))
) AS made;
GO

-- What each figure needs (the catalogue's needs) and what the tables cover (coverage.csv): a figure whose kinds of fact the tables do not cover
-- from cover_from to the horizon is unavailable (value NULL), one that looks back further than they go is incomplete-history.
DROP TABLE IF EXISTS ks_figure_need;
GO
SELECT * INTO ks_figure_need FROM (
SELECT N'activity.referrals' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referrals/children' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referrals/age' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referrals/age/unborn' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referrals/age/under-1' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referrals/age/1-to-4' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referrals/age/5-to-9' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referrals/age/10-to-15' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referrals/age/16-and-over' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referrals/age/not-recorded' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-rate' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-rate/children' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.re-referral-rate' AS metric_id, N'cin-episodes' AS fact, 12 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.re-referral-rate/children' AS metric_id, N'cin-episodes' AS fact, 12 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/1' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/1/1A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/1/1B' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/1/1C' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/1/1D' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/2' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/2/2A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/2/2B' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/3' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/3/3A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/3/3B' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/3/3C' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/3/3D' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/3/3E' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/3/3F' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/4' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/5' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/5/5A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/5/5B' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/5/5C' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/5/5D' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/6' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/7' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/8' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/9' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/10' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-source/not-recorded' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome/lac' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome/lac' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome/cp' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome/cp' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome/cin' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome/cin' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome/early-help' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome/early-help' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome/nfa' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome/nfa' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome/pending' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.referral-outcome/pending' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.nfa-rate' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessed-not-in-need-rate' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessed-not-in-need-rate/RC8' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessed-not-in-need-rate/RC9' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/per10k' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/children' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/1A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/1B' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/1C' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/2A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/2B' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/2C' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/3A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/3B' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/3C' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/4A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/4B' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/4C' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/5A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/5B' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/5C' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/6A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/6B' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/6C' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/7A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/8B' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/8C' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/8D' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/8E' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/8F' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/9A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/10A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/11A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/12A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/13A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/14A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/15A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/16A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/17A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/18A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/18B' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/18C' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/19A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/19B' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/19C' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/20' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/21' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/22A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/23A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/24A' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/not-recorded' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.s47-enquiries' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.s47-enquiries/per10k' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.s47-enquiries/children' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.icpcs' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.icpcs/per10k' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'activity.icpcs/children' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration/lower-quartile' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration/upper-quartile' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/0' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/1-10' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/11-20' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/21-30' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/31-40' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/41-45' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/46-50' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/51-60' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/61+' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.assessment-duration/within-45' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/lower-quartile' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/upper-quartile' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/bands' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/bands/0-10' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/bands/11-15' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/bands/16-20' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/bands/21+' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/within-15' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion' AS metric_id, N'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/lower-quartile' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/lower-quartile' AS metric_id, N'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/upper-quartile' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/upper-quartile' AS metric_id, N'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands' AS metric_id, N'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands/0-10' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands/0-10' AS metric_id, N'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands/11-15' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands/11-15' AS metric_id, N'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands/16-20' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands/16-20' AS metric_id, N'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands/21+' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands/21+' AS metric_id, N'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/within-15' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/within-15' AS metric_id, N'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.to-court' AS metric_id, N'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.to-court/lower-quartile' AS metric_id, N'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.to-court/upper-quartile' AS metric_id, N'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.through-court' AS metric_id, N'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.through-court/lower-quartile' AS metric_id, N'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.through-court/upper-quartile' AS metric_id, N'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'timeliness.through-court/within-26-weeks' AS metric_id, N'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/per10k' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/early-help' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/early-help/per10k' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cin' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cin/per10k' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/per10k' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/lac' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/lac/per10k' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/any-plan' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/any-plan' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/any-plan' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/age' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/age/unborn' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/age/under-1' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/age/1-to-4' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/age/5-to-9' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/age/10-to-15' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/age/16-and-over' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/age/not-recorded' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial/NEG' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial/PHY' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial/SAB' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial/EMO' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial/MUL' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial/not-recorded' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest/NEG' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest/PHY' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest/SAB' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest/EMO' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest/MUL' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest/not-recorded' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/primary-need' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/primary-need/N0' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/primary-need/N1' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/primary-need/N2' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/primary-need/N3' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/primary-need/N4' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/primary-need/N5' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/primary-need/N6' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/primary-need/N7' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/primary-need/N8' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/primary-need/N9' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/primary-need/not-recorded' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/age' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/age/unborn' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/age/under-1' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/age/1-to-4' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/age/5-to-9' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/age/10-to-15' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/age/16-and-over' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/cp/age/not-recorded' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/lac/age' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/lac/age/unborn' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/lac/age/under-1' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/lac/age/1-to-4' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/lac/age/5-to-9' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/lac/age/10-to-15' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/lac/age/16-and-over' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.open/lac/age/not-recorded' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/early-help' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/early-help/more-than-6-months' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/early-help/1-year-or-more' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/early-help/2-years-or-more' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/early-help/bands' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/early-help/bands/3-months-or-less' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/early-help/bands/3-to-6-months' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/early-help/bands/6-months-to-1-year' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/early-help/bands/1-to-2-years' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/early-help/bands/2-years-or-more' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cin' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cin/more-than-6-months' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cin/1-year-or-more' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cin/2-years-or-more' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cin/bands' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cin/bands/3-months-or-less' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cin/bands/3-to-6-months' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cin/bands/6-months-to-1-year' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cin/bands/1-to-2-years' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cin/bands/2-years-or-more' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cp' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cp/more-than-6-months' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cp/1-year-or-more' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cp/2-years-or-more' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cp/bands' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cp/bands/3-months-or-less' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cp/bands/3-to-6-months' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cp/bands/6-months-to-1-year' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cp/bands/1-to-2-years' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/cp/bands/2-years-or-more' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/lac' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/lac/more-than-6-months' AS metric_id, N'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/lac/1-year-or-more' AS metric_id, N'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/lac/2-years-or-more' AS metric_id, N'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/lac/bands' AS metric_id, N'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/lac/bands/3-months-or-less' AS metric_id, N'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/lac/bands/3-to-6-months' AS metric_id, N'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/lac/bands/6-months-to-1-year' AS metric_id, N'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/lac/bands/1-to-2-years' AS metric_id, N'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.duration/lac/bands/2-years-or-more' AS metric_id, N'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.repeat' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.repeat/early-help' AS metric_id, N'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.repeat/early-help/within-12-months' AS metric_id, N'early-help' AS fact, 12 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.repeat/early-help/within-24-months' AS metric_id, N'early-help' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.repeat/cin' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.repeat/cin/within-12-months' AS metric_id, N'cin-episodes' AS fact, 12 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.repeat/cin/within-24-months' AS metric_id, N'cin-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.repeat/cp' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.repeat/cp/within-12-months' AS metric_id, N'cin-episodes' AS fact, 12 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.repeat/cp/within-24-months' AS metric_id, N'cin-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.repeat/lac' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.repeat/lac/within-12-months' AS metric_id, N'looked-after-episodes' AS fact, 12 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.repeat/lac/within-24-months' AS metric_id, N'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/plans' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/per10k' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/cin' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/cin/plans' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/age' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/age/unborn' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/age/under-1' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/age/1-to-4' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/age/5-to-9' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/age/10-to-15' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/age/16-and-over' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/age/not-recorded' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/cp-category' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/cp-category/initial' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/cp-category/initial/NEG' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/cp-category/initial/PHY' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/cp-category/initial/SAB' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/cp-category/initial/EMO' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/cp-category/initial/MUL' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.started/cp-category/initial/not-recorded' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'plans.cp-reviews-on-time' AS metric_id, N'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/care-order' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/placement-order' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/voluntary-agreement' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/detained-for-child-protection' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/youth-justice' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/per10k' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/periods-of-care' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/age' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/age/unborn' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/age/under-1' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/age/1-to-4' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/age/5-to-9' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/age/10-to-15' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/age/16-and-over' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.started/age/not-recorded' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/adopted' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/died' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/care-taken-over' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/returned-home' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/living-with-no-pr' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/child-arrangements-order' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/special-guardianship' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/independent-living' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/adult-social-care' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/custody' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/remand-ended' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/age-assessment' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/moved-abroad' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/stayed-with-carers' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.ceased/other' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.placement-type' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.placement-type/foster' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.placement-type/placed-for-adoption' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.placement-type/placed-with-parents' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.placement-type/other-community' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.placement-type/secure-childrens-homes-semi-independent' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.placement-type/other-residential' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.placement-type/residential-schools' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.placement-type/other' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.placement-stability-short' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.placement-stability-long' AS metric_id, N'looked-after-episodes' AS fact, 19 AS history_months, 1 AS period_id
UNION ALL
SELECT N'lac.uasc' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.uasc' AS metric_id, N'uasc' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.uasc/percent' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.uasc/percent' AS metric_id, N'uasc' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.uasc/started' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.uasc/started' AS metric_id, N'uasc' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing' AS metric_id, N'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/incidents' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/incidents' AS metric_id, N'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/percent' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/percent' AS metric_id, N'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/per-child' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/per-child' AS metric_id, N'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/looked-after' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/looked-after' AS metric_id, N'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/away' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/away' AS metric_id, N'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/away/incidents' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/away/incidents' AS metric_id, N'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/away/percent' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/away/percent' AS metric_id, N'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/away/per-child' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.missing/away/per-child' AS metric_id, N'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.reviews-on-time' AS metric_id, N'looked-after-episodes' AS fact, 6 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.reviews-on-time' AS metric_id, N'looked-after-reviews' AS fact, 6 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.adoption-timeliness' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.adoption-timeliness/a10' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.adoption-timeliness/a2' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.adoption-timeliness/a2' AS metric_id, N'adoptions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.adoption-timeliness/adopted' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.adoption-timeliness/by-foster-carers' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.adoption-timeliness/no-adoptive-placement' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/population' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/not-recorded' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/not-recorded' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/immunisations' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/immunisations' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/teeth-checked' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/teeth-checked' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/development-checks' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/development-checks' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/convicted' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/convicted' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/substance-misuse' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/substance-misuse' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/substance-misuse/intervention-received' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/substance-misuse/intervention-received' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/substance-misuse/intervention-offered' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/substance-misuse/intervention-offered' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/sdq' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/sdq' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/sdq/bands' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/sdq/bands' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/sdq/bands/normal' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/sdq/bands/normal' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/sdq/bands/borderline' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/sdq/bands/borderline' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/sdq/bands/concern' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/sdq/bands/concern' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/sdq/with-score' AS metric_id, N'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'lac.health/sdq/with-score' AS metric_id, N'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/care-leavers' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/unsuitable' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/no-information' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/contact' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/contact/in-touch' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/contact/not-in-touch' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/contact/refuses-contact' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/contact/no-longer-requires-services' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/contact/not-recorded' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/with-parents-or-relatives' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/community-home' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/semi-independent' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/supported-lodgings' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/gone-abroad' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/deported' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/ordinary-lodgings' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/residence-not-known' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/no-fixed-abode' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/foyers' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/independent-living' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/emergency-accommodation' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/bed-and-breakfast' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/in-custody' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/other' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/with-former-foster-carers' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/no-information' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/care-leavers' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/unsuitable' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/no-information' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/contact' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/contact/in-touch' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/contact/not-in-touch' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/contact/refuses-contact' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/contact/no-longer-requires-services' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/contact/not-recorded' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/with-parents-or-relatives' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/community-home' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/semi-independent' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/supported-lodgings' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/gone-abroad' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/deported' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/ordinary-lodgings' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/residence-not-known' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/no-fixed-abode' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/foyers' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/independent-living' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/emergency-accommodation' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/bed-and-breakfast' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/in-custody' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/other' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/with-former-foster-carers' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/no-information' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/care-leavers' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/unsuitable' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/no-information' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/contact' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/contact/in-touch' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/contact/not-in-touch' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/contact/refuses-contact' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/contact/no-longer-requires-services' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/contact/not-recorded' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/with-parents-or-relatives' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/community-home' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/semi-independent' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/supported-lodgings' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/gone-abroad' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/deported' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/ordinary-lodgings' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/residence-not-known' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/no-fixed-abode' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/foyers' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/independent-living' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/emergency-accommodation' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/bed-and-breakfast' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/in-custody' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/other' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/with-former-foster-carers' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/no-information' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/care-leavers' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/neet' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/not-known' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/activity' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/activity/higher-education' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/activity/other-education' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/activity/apprenticeship' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/activity/training-or-employment' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/activity/neet-illness-or-disability' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/activity/neet-pregnancy-or-parenting' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/activity/neet-other' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/activity/not-known' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/17-18' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/care-leavers' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/neet' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/not-known' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/higher-education' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/other-education' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/apprenticeship' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/training-or-employment' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/neet-illness-or-disability' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/neet-pregnancy-or-parenting' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/neet-other' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/not-known' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/19-21' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/care-leavers' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/neet' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/not-known' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/higher-education' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/other-education' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/apprenticeship' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/training-or-employment' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/neet-illness-or-disability' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/neet-pregnancy-or-parenting' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/neet-other' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/not-known' AS metric_id, N'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
) AS made;
GO
DROP TABLE IF EXISTS ks_fact_gap;
GO
SELECT * INTO ks_fact_gap FROM (
SELECT p.period_id, nf.fact FROM ks_period AS p
CROSS JOIN (SELECT DISTINCT fact FROM ks_figure_need) AS nf
LEFT JOIN (SELECT DISTINCT fact FROM coverage WHERE ([start] IS NULL OR [end] IS NULL) AND unusable IS NOT NULL) AS u ON u.fact = nf.fact
LEFT JOIN (
  SELECT p2.period_id, c.fact, COUNT(DISTINCT dd.day) AS days FROM ks_period AS p2
  JOIN ks_day AS dd ON dd.day >= p2.cover_from AND dd.day <= p2.horizon
  JOIN coverage AS c ON c.[start] <= dd.day AND dd.day <= c.[end]
  GROUP BY p2.period_id, c.fact
) AS cv ON cv.period_id = p.period_id AND cv.fact = nf.fact
WHERE u.fact IS NOT NULL OR COALESCE(cv.days, 0) < DATEDIFF(day, p.cover_from, p.horizon) + 1
) AS made;
GO
DROP TABLE IF EXISTS ks_history_gap;
GO
SELECT * INTO ks_history_gap FROM (
SELECT p.period_id, nf.fact, MAX(dd.day) AS last_gap FROM ks_period AS p
CROSS JOIN (SELECT DISTINCT fact FROM ks_figure_need WHERE history_months > 0) AS nf
JOIN ks_day AS dd ON dd.day < p.period_start
LEFT JOIN coverage AS c ON c.fact = nf.fact AND c.[start] <= dd.day AND dd.day <= c.[end]
WHERE c.fact IS NULL
GROUP BY p.period_id, nf.fact
) AS made;
GO
DROP TABLE IF EXISTS ks_figure_gap;
GO
SELECT * INTO ks_figure_gap FROM (
SELECT DISTINCT g.period_id, n.metric_id FROM ks_figure_need AS n JOIN ks_fact_gap AS g ON g.fact = n.fact AND (n.period_id = 0 OR n.period_id = g.period_id)
) AS made;
GO
DROP TABLE IF EXISTS ks_figure_short;
GO
SELECT * INTO ks_figure_short FROM (
SELECT DISTINCT h.period_id, n.metric_id FROM ks_figure_need AS n JOIN ks_history_gap AS h ON h.fact = n.fact AND (n.period_id = 0 OR n.period_id = h.period_id) JOIN ks_period AS p ON p.period_id = h.period_id WHERE n.history_months = 12 AND h.last_gap >= DATEADD(month, -12, p.period_start)
UNION ALL
SELECT DISTINCT h.period_id, n.metric_id FROM ks_figure_need AS n JOIN ks_history_gap AS h ON h.fact = n.fact AND (n.period_id = 0 OR n.period_id = h.period_id) JOIN ks_period AS p ON p.period_id = h.period_id WHERE n.history_months = 24 AND h.last_gap >= DATEADD(month, -24, p.period_start)
UNION ALL
SELECT DISTINCT h.period_id, n.metric_id FROM ks_figure_need AS n JOIN ks_history_gap AS h ON h.fact = n.fact AND (n.period_id = 0 OR n.period_id = h.period_id) JOIN ks_period AS p ON p.period_id = h.period_id WHERE n.history_months = 19 AND h.last_gap >= DATEADD(month, -19, p.period_start)
UNION ALL
SELECT DISTINCT h.period_id, n.metric_id FROM ks_figure_need AS n JOIN ks_history_gap AS h ON h.fact = n.fact AND (n.period_id = 0 OR n.period_id = h.period_id) JOIN ks_period AS p ON p.period_id = h.period_id WHERE n.history_months = 6 AND h.last_gap >= DATEADD(month, -6, p.period_start)
) AS made;
GO

-- Every figure: one row per figure and period.
CREATE OR ALTER VIEW ks_metrics AS
SELECT f.metric_id, p.period_start, p.period_end, CASE WHEN g.metric_id IS NULL THEN f.value END AS value, CASE WHEN g.metric_id IS NULL THEN f.numerator END AS numerator, CASE WHEN g.metric_id IS NULL THEN f.denominator END AS denominator,
  CASE WHEN g.metric_id IS NOT NULL THEN N'unavailable' WHEN f.status = N'available' AND s.metric_id IS NOT NULL THEN N'incomplete-history' ELSE f.status END AS status
FROM (
SELECT N'activity.referrals' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referrals/children' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referrals/age' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referrals/age/unborn' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = N'unborn' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referrals/age/under-1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = N'under-1' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referrals/age/1-to-4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = N'1-to-4' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referrals/age/5-to-9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = N'5-to-9' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referrals/age/10-to-15' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = N'10-to-15' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referrals/age/16-and-over' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = N'16-and-over' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referrals/age/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = N'not-recorded' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-rate' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-rate/children' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.re-referral-rate' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN re_referral = 1 THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.re-referral-rate/children' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN re_referral = 1 THEN child_id END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/1' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = N'1' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/1/1A' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'1A' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/1/1B' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'1B' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/1/1C' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'1C' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/1/1D' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'1D' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/2' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = N'2' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/2/2A' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'2A' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/2/2B' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'2B' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/3' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = N'3' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/3/3A' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'3A' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/3/3B' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'3B' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/3/3C' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'3C' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/3/3D' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'3D' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/3/3E' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'3E' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/3/3F' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'3F' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/4' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = N'4' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/5' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = N'5' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/5/5A' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'5A' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/5/5B' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'5B' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/5/5C' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'5C' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/5/5D' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = N'5D' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/6' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = N'6' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/7' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = N'7' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/8' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = N'8' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/9' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = N'9' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/10' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = N'10' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-source/not-recorded' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = N'not-recorded' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-outcome' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-outcome/lac' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN outcome = N'lac' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-outcome/cp' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN outcome = N'cp' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-outcome/cin' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN outcome = N'cin' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-outcome/early-help' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN outcome = N'early-help' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-outcome/nfa' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN outcome = N'nfa' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.referral-outcome/pending' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN outcome = N'pending' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.nfa-rate' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN nfa = 1 THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessed-not-in-need-rate' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN not_in_need = 1 THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessed-not-in-need-rate/RC8' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN closed_rc8 = 1 THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessed-not-in-need-rate/RC9' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN closed_rc9 = 1 THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/per10k' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/children' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/1A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'1A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/1B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'1B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/1C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'1C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/2A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'2A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/2B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'2B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/2C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'2C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/3A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'3A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/3B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'3B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/3C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'3C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/4A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'4A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/4B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'4B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/4C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'4C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/5A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'5A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/5B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'5B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/5C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'5C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/6A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'6A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/6B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'6B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/6C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'6C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/7A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'7A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/8B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'8B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/8C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'8C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/8D' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'8D' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/8E' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'8E' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/8F' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'8F' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/9A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'9A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/10A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'10A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/11A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'11A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/12A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'12A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/13A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'13A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/14A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'14A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/15A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'15A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/16A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'16A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/17A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'17A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/18A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'18A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/18B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'18B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/18C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'18C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/19A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'19A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/19B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'19B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/19C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'19C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/20' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'20' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/21' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/22A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'22A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/23A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'23A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/24A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = N'24A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.assessments/assessment-factors/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment WHERE has_factor = 0 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.s47-enquiries' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_s47 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.s47-enquiries/per10k' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_s47 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.s47-enquiries/children' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_s47 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.icpcs' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.icpcs/per10k' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'activity.icpcs/children' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY working_days) OVER (PARTITION BY period_id) AS q0 FROM ks_assessment WHERE working_days IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration/lower-quartile' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY working_days) OVER (PARTITION BY period_id) AS q0 FROM ks_assessment WHERE working_days IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration/upper-quartile' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY working_days) OVER (PARTITION BY period_id) AS q0 FROM ks_assessment WHERE working_days IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/0' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 0 AND working_days <= 0 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/1-10' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 1 AND working_days <= 10 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/11-20' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 11 AND working_days <= 20 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/21-30' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 21 AND working_days <= 30 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/31-40' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 31 AND working_days <= 40 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/41-45' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 41 AND working_days <= 45 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/46-50' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 46 AND working_days <= 50 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/51-60' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 51 AND working_days <= 60 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration/bands/61+' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 61 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.assessment-duration/within-45' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 0 AND working_days <= 45 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY working_days) OVER (PARTITION BY period_id) AS q0 FROM ks_icpc WHERE working_days IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/lower-quartile' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY working_days) OVER (PARTITION BY period_id) AS q0 FROM ks_icpc WHERE working_days IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/upper-quartile' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY working_days) OVER (PARTITION BY period_id) AS q0 FROM ks_icpc WHERE working_days IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/bands' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/bands/0-10' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 0 AND working_days <= 10 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/bands/11-15' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 11 AND working_days <= 15 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/bands/16-20' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 16 AND working_days <= 20 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/bands/21+' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 21 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/within-15' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 0 AND working_days <= 15 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY from_strategy_discussion) OVER (PARTITION BY period_id) AS q0 FROM ks_icpc WHERE from_strategy_discussion IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/lower-quartile' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY from_strategy_discussion) OVER (PARTITION BY period_id) AS q0 FROM ks_icpc WHERE from_strategy_discussion IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/upper-quartile' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY from_strategy_discussion) OVER (PARTITION BY period_id) AS q0 FROM ks_icpc WHERE from_strategy_discussion IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands/0-10' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n, SUM(CASE WHEN from_strategy_discussion >= 0 AND from_strategy_discussion <= 10 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands/11-15' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n, SUM(CASE WHEN from_strategy_discussion >= 11 AND from_strategy_discussion <= 15 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands/16-20' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n, SUM(CASE WHEN from_strategy_discussion >= 16 AND from_strategy_discussion <= 20 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/bands/21+' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n, SUM(CASE WHEN from_strategy_discussion >= 21 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.icpc/from-strategy-discussion/within-15' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n, SUM(CASE WHEN from_strategy_discussion >= 0 AND from_strategy_discussion <= 15 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'timeliness.to-court' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) / CAST(7 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n FROM ks_issued GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY days) OVER (PARTITION BY period_id) AS q0 FROM ks_issued WHERE days IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.to-court/lower-quartile' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) / CAST(7 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n FROM ks_issued GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY days) OVER (PARTITION BY period_id) AS q0 FROM ks_issued WHERE days IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.to-court/upper-quartile' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) / CAST(7 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n FROM ks_issued GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY days) OVER (PARTITION BY period_id) AS q0 FROM ks_issued WHERE days IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.through-court' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) / CAST(7 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n FROM ks_concluded GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY days) OVER (PARTITION BY period_id) AS q0 FROM ks_concluded WHERE days IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.through-court/lower-quartile' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) / CAST(7 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n FROM ks_concluded GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY days) OVER (PARTITION BY period_id) AS q0 FROM ks_concluded WHERE days IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.through-court/upper-quartile' AS metric_id, p.period_id, CAST(q.q0 AS FLOAT) / CAST(7 AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n FROM ks_concluded GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT DISTINCT period_id, PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY days) OVER (PARTITION BY period_id) AS q0 FROM ks_concluded WHERE days IS NOT NULL) AS q ON q.period_id = p.period_id
UNION ALL
SELECT N'timeliness.through-court/within-26-weeks' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n, SUM(CASE WHEN days >= 0 AND days <= 182 THEN 1 ELSE 0 END) AS k FROM ks_concluded GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = N'in-need' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/per10k' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = N'in-need' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/early-help' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/early-help/per10k' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cin' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cin/per10k' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/per10k' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/lac' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/lac/per10k' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/any-plan' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind IN (N'early-help', N'cin', N'cp', N'lac') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/age' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = N'in-need' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/age/unborn' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'in-need') AND (age_band = N'unborn') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/age/under-1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'in-need') AND (age_band = N'under-1') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/age/1-to-4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'in-need') AND (age_band = N'1-to-4') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/age/5-to-9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'in-need') AND (age_band = N'5-to-9') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/age/10-to-15' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'in-need') AND (age_band = N'10-to-15') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/age/16-and-over' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'in-need') AND (age_band = N'16-and-over') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/age/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'in-need') AND (age_band = N'not-recorded') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial/NEG' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE initial_category = N'NEG' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial/PHY' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE initial_category = N'PHY' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial/SAB' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE initial_category = N'SAB' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial/EMO' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE initial_category = N'EMO' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial/MUL' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE initial_category = N'MUL' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/initial/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE initial_category = N'not-recorded' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest/NEG' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE latest_category = N'NEG' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest/PHY' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE latest_category = N'PHY' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest/SAB' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE latest_category = N'SAB' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest/EMO' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE latest_category = N'EMO' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest/MUL' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE latest_category = N'MUL' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/cp-category/latest/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE latest_category = N'not-recorded' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/primary-need' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/primary-need/N0' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = N'N0' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/primary-need/N1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = N'N1' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/primary-need/N2' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = N'N2' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/primary-need/N3' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = N'N3' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/primary-need/N4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = N'N4' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/primary-need/N5' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = N'N5' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/primary-need/N6' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = N'N6' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/primary-need/N7' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = N'N7' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/primary-need/N8' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = N'N8' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/primary-need/N9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = N'N9' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/primary-need/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = N'not-recorded' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/age' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/age/unborn' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'cp') AND (age_band = N'unborn') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/age/under-1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'cp') AND (age_band = N'under-1') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/age/1-to-4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'cp') AND (age_band = N'1-to-4') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/age/5-to-9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'cp') AND (age_band = N'5-to-9') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/age/10-to-15' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'cp') AND (age_band = N'10-to-15') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/age/16-and-over' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'cp') AND (age_band = N'16-and-over') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/cp/age/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'cp') AND (age_band = N'not-recorded') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/lac/age' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/lac/age/unborn' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'lac') AND (age_band = N'unborn') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/lac/age/under-1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'lac') AND (age_band = N'under-1') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/lac/age/1-to-4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'lac') AND (age_band = N'1-to-4') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/lac/age/5-to-9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'lac') AND (age_band = N'5-to-9') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/lac/age/10-to-15' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'lac') AND (age_band = N'10-to-15') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/lac/age/16-and-over' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'lac') AND (age_band = N'16-and-over') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.open/lac/age/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = N'lac') AND (age_band = N'not-recorded') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN two_years_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/early-help' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/early-help/more-than-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN more_than_6_months = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/early-help/1-year-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN one_year_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/early-help/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN two_years_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/early-help/bands' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/early-help/bands/3-months-or-less' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'3-months-or-less' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/early-help/bands/3-to-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'3-to-6-months' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/early-help/bands/6-months-to-1-year' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'6-months-to-1-year' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/early-help/bands/1-to-2-years' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'1-to-2-years' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/early-help/bands/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'2-years-or-more' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cin' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cin/more-than-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN more_than_6_months = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cin/1-year-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN one_year_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cin/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN two_years_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cin/bands' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cin/bands/3-months-or-less' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'3-months-or-less' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cin/bands/3-to-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'3-to-6-months' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cin/bands/6-months-to-1-year' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'6-months-to-1-year' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cin/bands/1-to-2-years' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'1-to-2-years' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cin/bands/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'2-years-or-more' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cp' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cp/more-than-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN more_than_6_months = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cp/1-year-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN one_year_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cp/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN two_years_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cp/bands' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cp/bands/3-months-or-less' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'3-months-or-less' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cp/bands/3-to-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'3-to-6-months' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cp/bands/6-months-to-1-year' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'6-months-to-1-year' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cp/bands/1-to-2-years' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'1-to-2-years' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/cp/bands/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'2-years-or-more' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/lac' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/lac/more-than-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN more_than_6_months = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/lac/1-year-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN one_year_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/lac/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN two_years_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/lac/bands' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/lac/bands/3-months-or-less' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'3-months-or-less' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/lac/bands/3-to-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'3-to-6-months' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/lac/bands/6-months-to-1-year' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'6-months-to-1-year' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/lac/bands/1-to-2-years' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'1-to-2-years' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.duration/lac/bands/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = N'2-years-or-more' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.repeat' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN previous_plan = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.repeat/early-help' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.repeat/early-help/within-12-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_12_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.repeat/early-help/within-24-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_24_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = N'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.repeat/cin' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.repeat/cin/within-12-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_12_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.repeat/cin/within-24-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_24_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.repeat/cp' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.repeat/cp/within-12-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_12_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.repeat/cp/within-24-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_24_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.repeat/lac' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.repeat/lac/within-12-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_12_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.repeat/lac/within-24-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_24_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = N'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/plans' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_start WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/per10k' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/cin' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/cin/plans' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_start WHERE plan_type = N'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/age' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = N'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/age/unborn' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = N'cp') AND (first_age_band = N'unborn') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/age/under-1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = N'cp') AND (first_age_band = N'under-1') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/age/1-to-4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = N'cp') AND (first_age_band = N'1-to-4') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/age/5-to-9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = N'cp') AND (first_age_band = N'5-to-9') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/age/10-to-15' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = N'cp') AND (first_age_band = N'10-to-15') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/age/16-and-over' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = N'cp') AND (first_age_band = N'16-and-over') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/age/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = N'cp') AND (first_age_band = N'not-recorded') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/cp-category' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/cp-category/initial' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/cp-category/initial/NEG' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first WHERE initial_category = N'NEG' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/cp-category/initial/PHY' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first WHERE initial_category = N'PHY' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/cp-category/initial/SAB' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first WHERE initial_category = N'SAB' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/cp-category/initial/EMO' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first WHERE initial_category = N'EMO' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/cp-category/initial/MUL' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first WHERE initial_category = N'MUL' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.started/cp-category/initial/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first WHERE initial_category = N'not-recorded' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'plans.cp-reviews-on-time' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN on_time = 1 THEN 1 ELSE 0 END) AS k FROM ks_cp_review GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/care-order' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_start WHERE ls_group = N'care-order' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/placement-order' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_start WHERE ls_group = N'placement-order' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/voluntary-agreement' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_start WHERE ls_group = N'voluntary-agreement' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/detained-for-child-protection' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_start WHERE ls_group = N'detained-for-child-protection' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/youth-justice' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_start WHERE ls_group = N'youth-justice' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/per10k' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/periods-of-care' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_start GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/age' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/age/unborn' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = N'unborn' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/age/under-1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = N'under-1' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/age/1-to-4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = N'1-to-4' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/age/5-to-9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = N'5-to-9' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/age/10-to-15' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = N'10-to-15' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/age/16-and-over' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = N'16-and-over' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.started/age/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = N'not-recorded' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/adopted' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'adopted' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/died' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'died' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/care-taken-over' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'care-taken-over' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/returned-home' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'returned-home' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/living-with-no-pr' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'living-with-no-pr' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/child-arrangements-order' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'child-arrangements-order' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/special-guardianship' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'special-guardianship' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/independent-living' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'independent-living' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/adult-social-care' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'adult-social-care' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/custody' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'custody' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/remand-ended' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'remand-ended' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/age-assessment' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'age-assessment' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/moved-abroad' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'moved-abroad' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/stayed-with-carers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'stayed-with-carers' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.ceased/other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = N'other' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.placement-type' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.placement-type/foster' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = N'foster' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.placement-type/placed-for-adoption' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = N'placed-for-adoption' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.placement-type/placed-with-parents' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = N'placed-with-parents' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.placement-type/other-community' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = N'other-community' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.placement-type/secure-childrens-homes-semi-independent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = N'secure-childrens-homes-semi-independent' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.placement-type/other-residential' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = N'other-residential' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.placement-type/residential-schools' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = N'residential-schools' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.placement-type/other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = N'other' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.placement-stability-short' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN unstable = 1 THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.placement-stability-long' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN long_num = 1 THEN 1 ELSE 0 END) AS k FROM ks_lac_snap WHERE long_den = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.uasc' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_snap WHERE uasc = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.uasc/percent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN uasc = 1 THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.uasc/started' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE uasc = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.missing' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_during WHERE missing_n >= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.missing/incidents' AS metric_id, p.period_id, CAST(COALESCE(a.s, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, SUM(missing_n) AS s FROM ks_lac_during GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.missing/percent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN missing_n >= 1 THEN 1 ELSE 0 END) AS k FROM ks_lac_during GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.missing/per-child' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.s AS FLOAT) / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.s, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(missing_n) AS n, SUM(missing_n) AS s FROM ks_lac_during WHERE missing_n >= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.missing/looked-after' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_during GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.missing/away' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_during WHERE away_n >= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.missing/away/incidents' AS metric_id, p.period_id, CAST(COALESCE(a.s, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, SUM(away_n) AS s FROM ks_lac_during GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.missing/away/percent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN away_n >= 1 THEN 1 ELSE 0 END) AS k FROM ks_lac_during GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.missing/away/per-child' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.s AS FLOAT) / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.s, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(away_n) AS n, SUM(away_n) AS s FROM ks_lac_during WHERE away_n >= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.reviews-on-time' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN on_time = 1 THEN 1 ELSE 0 END) AS k FROM ks_lac_review WHERE tested = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.adoption-timeliness' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.s AS FLOAT) / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.s, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(a1_days) AS n, SUM(a1_days) AS s FROM ks_adoption GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.adoption-timeliness/a10' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.s AS FLOAT) / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.s, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(a10_days) AS n, SUM(a10_days) AS s FROM ks_adoption GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.adoption-timeliness/a2' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.s AS FLOAT) / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.s, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(a2_days) AS n, SUM(a2_days) AS s FROM ks_adoption GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.adoption-timeliness/adopted' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_adoption GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.adoption-timeliness/by-foster-carers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_adoption WHERE by_foster_carers = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.adoption-timeliness/no-adoptive-placement' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_adoption WHERE no_placement = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_health_assessment = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_health_assessment >= 0 AND f_health_assessment <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/population' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_health GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_health WHERE has_row = 0 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/immunisations' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_immunisations = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_immunisations >= 0 AND f_immunisations <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/teeth-checked' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_teeth_check = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_teeth_check >= 0 AND f_teeth_check <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/development-checks' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_health_check = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_health_check >= 0 AND f_health_check <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/convicted' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_convicted = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_convicted >= 0 AND f_convicted <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/substance-misuse' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_substance_misuse = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_substance_misuse >= 0 AND f_substance_misuse <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/substance-misuse/intervention-received' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_intervention_received = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_intervention_received >= 0 AND f_intervention_received <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/substance-misuse/intervention-offered' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_intervention_offered = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_intervention_offered >= 0 AND f_intervention_offered <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/sdq' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.s AS FLOAT) / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.s, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(sdq) AS n, SUM(sdq) AS s FROM ks_health GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/sdq/bands' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(sdq) AS n FROM ks_health GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/sdq/bands/normal' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(sdq) AS n, SUM(CASE WHEN sdq >= 0 AND sdq <= 13 THEN 1 ELSE 0 END) AS k FROM ks_health GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/sdq/bands/borderline' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(sdq) AS n, SUM(CASE WHEN sdq >= 14 AND sdq <= 16 THEN 1 ELSE 0 END) AS k FROM ks_health GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/sdq/bands/concern' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(sdq) AS n, SUM(CASE WHEN sdq >= 17 THEN 1 ELSE 0 END) AS k FROM ks_health GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'lac.health/sdq/with-score' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN sdq >= 0 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE sdq_eligible = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = N'suitable' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/care-leavers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/unsuitable' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = N'unsuitable' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/no-information' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = N'no-information' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/contact' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/contact/in-touch' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'in-touch' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/contact/not-in-touch' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'not-in-touch' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/contact/refuses-contact' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'refuses-contact' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/contact/no-longer-requires-services' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'no-longer-requires-services' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/contact/not-recorded' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'not-recorded' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/with-parents-or-relatives' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'with-parents-or-relatives' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/community-home' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'community-home' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/semi-independent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'semi-independent' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/supported-lodgings' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'supported-lodgings' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/gone-abroad' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'gone-abroad' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/deported' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'deported' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/ordinary-lodgings' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'ordinary-lodgings' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/residence-not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'residence-not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/no-fixed-abode' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'no-fixed-abode' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/foyers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'foyers' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/independent-living' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'independent-living' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/emergency-accommodation' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'emergency-accommodation' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/bed-and-breakfast' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'bed-and-breakfast' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/in-custody' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'in-custody' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'other' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/with-former-foster-carers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'with-former-foster-carers' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/type/no-information' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'no-information' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = N'suitable' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/care-leavers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/unsuitable' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = N'unsuitable' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/no-information' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = N'no-information' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/contact' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/contact/in-touch' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'in-touch' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/contact/not-in-touch' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'not-in-touch' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/contact/refuses-contact' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'refuses-contact' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/contact/no-longer-requires-services' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'no-longer-requires-services' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/contact/not-recorded' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'not-recorded' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/with-parents-or-relatives' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'with-parents-or-relatives' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/community-home' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'community-home' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/semi-independent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'semi-independent' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/supported-lodgings' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'supported-lodgings' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/gone-abroad' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'gone-abroad' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/deported' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'deported' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/ordinary-lodgings' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'ordinary-lodgings' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/residence-not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'residence-not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/no-fixed-abode' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'no-fixed-abode' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/foyers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'foyers' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/independent-living' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'independent-living' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/emergency-accommodation' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'emergency-accommodation' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/bed-and-breakfast' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'bed-and-breakfast' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/in-custody' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'in-custody' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'other' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/with-former-foster-carers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'with-former-foster-carers' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/17-18/type/no-information' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'no-information' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = N'suitable' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/care-leavers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/unsuitable' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = N'unsuitable' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/no-information' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = N'no-information' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/contact' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/contact/in-touch' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'in-touch' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/contact/not-in-touch' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'not-in-touch' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/contact/refuses-contact' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'refuses-contact' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/contact/no-longer-requires-services' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'no-longer-requires-services' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/contact/not-recorded' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = N'not-recorded' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/with-parents-or-relatives' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'with-parents-or-relatives' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/community-home' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'community-home' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/semi-independent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'semi-independent' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/supported-lodgings' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'supported-lodgings' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/gone-abroad' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'gone-abroad' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/deported' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'deported' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/ordinary-lodgings' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'ordinary-lodgings' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/residence-not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'residence-not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/no-fixed-abode' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'no-fixed-abode' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/foyers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'foyers' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/independent-living' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'independent-living' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/emergency-accommodation' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'emergency-accommodation' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/bed-and-breakfast' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'bed-and-breakfast' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/in-custody' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'in-custody' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'other' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/with-former-foster-carers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'with-former-foster-carers' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.accommodation/19-21/type/no-information' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = N'no-information' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity IN (N'higher-education', N'other-education', N'apprenticeship', N'training-or-employment') THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/care-leavers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/neet' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity IN (N'neet-illness-or-disability', N'neet-pregnancy-or-parenting', N'neet-other') THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/activity' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/activity/higher-education' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'higher-education' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/activity/other-education' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'other-education' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/activity/apprenticeship' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'apprenticeship' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/activity/training-or-employment' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'training-or-employment' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/activity/neet-illness-or-disability' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'neet-illness-or-disability' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/activity/neet-pregnancy-or-parenting' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'neet-pregnancy-or-parenting' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/activity/neet-other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'neet-other' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/activity/not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/17-18' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity IN (N'higher-education', N'other-education', N'apprenticeship', N'training-or-employment') THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/care-leavers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/neet' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity IN (N'neet-illness-or-disability', N'neet-pregnancy-or-parenting', N'neet-other') THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/higher-education' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'higher-education' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/other-education' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'other-education' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/apprenticeship' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'apprenticeship' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/training-or-employment' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'training-or-employment' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/neet-illness-or-disability' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'neet-illness-or-disability' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/neet-pregnancy-or-parenting' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'neet-pregnancy-or-parenting' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/neet-other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'neet-other' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/17-18/activity/not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/19-21' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity IN (N'higher-education', N'other-education', N'apprenticeship', N'training-or-employment') THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/care-leavers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, N'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/neet' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity IN (N'neet-illness-or-disability', N'neet-pregnancy-or-parenting', N'neet-other') THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity' AS metric_id, p.period_id, CAST(NULL AS FLOAT) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/higher-education' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'higher-education' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/other-education' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'other-education' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/apprenticeship' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'apprenticeship' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/training-or-employment' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'training-or-employment' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/neet-illness-or-disability' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'neet-illness-or-disability' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/neet-pregnancy-or-parenting' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'neet-pregnancy-or-parenting' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/neet-other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'neet-other' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT N'care-leavers.activity/19-21/activity/not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS FLOAT) ELSE CAST(a.k AS FLOAT) * 100 / CAST(a.n AS FLOAT) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN N'available' ELSE N'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = N'not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = N'19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
) AS f
JOIN ks_period AS p ON p.period_id = f.period_id
LEFT JOIN ks_figure_gap AS g ON g.period_id = f.period_id AND g.metric_id = f.metric_id
LEFT JOIN ks_figure_short AS s ON s.period_id = f.period_id AND s.metric_id = f.metric_id;
GO
SELECT * FROM ks_metrics ORDER BY period_start, period_end, metric_id;
GO
