-- kinsafe's core data set definitions as SQL (spark), over kinsafe's tidy tables (kinsafe tables).
-- Written by kinsafe sql from the definitions kinsafe computes with: the same rules, code lists and limits.
-- The result: ks_metrics (metric_id, period_start, period_end, value, numerator, denominator, status), one row per figure and period.
-- No population was given: the rates per 10,000 children are NULL (unavailable).
-- Tables written by kinsafe tables are checked as they are written; rows edited by hand are not checked here.
-- What the tables cover is read from their coverage table (coverage.csv), as kinsafe metrics reads it: a figure the tables cannot tell is unavailable (value NULL), never 0.
-- Spark 3.0 or later (add_months keeps the day of the month, clamped to the month's last); every object is a temporary view of the session.
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
CREATE OR REPLACE TEMPORARY VIEW children (
  `child_id` STRING,
  `la` STRING,
  `upn` STRING,
  `sex` STRING,
  `dob` DATE,
  `expected_dob` DATE,
  `death_date` DATE,
  `ethnicity` STRING,
  `disabilities` STRING,
  `uasc` BOOLEAN
) USING csv OPTIONS (path '/data/kinsafe/tables/children.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW episodes (
  `child_id` STRING,
  `episode_id` STRING,
  `referral_date` DATE,
  `referral_source` STRING,
  `primary_need` STRING,
  `referral_nfa` BOOLEAN,
  `closure_date` DATE,
  `closure_reason` STRING,
  `episode_icpc_date` DATE
) USING csv OPTIONS (path '/data/kinsafe/tables/episodes.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW assessments (
  `child_id` STRING,
  `episode_id` STRING,
  `assessment_id` STRING,
  `start_date` DATE,
  `authorisation_date` DATE,
  `factors` STRING
) USING csv OPTIONS (path '/data/kinsafe/tables/assessments.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW section47_enquiries (
  `child_id` STRING,
  `episode_id` STRING,
  `s47_id` STRING,
  `start_date` DATE,
  `strategy_discussion_date` DATE,
  `icpc_target_date` DATE,
  `icpc_date` DATE,
  `icpc_not_required` BOOLEAN
) USING csv OPTIONS (path '/data/kinsafe/tables/section47_enquiries.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW cin_plans (
  `child_id` STRING,
  `episode_id` STRING,
  `plan_id` STRING,
  `start_date` DATE,
  `end_date` DATE
) USING csv OPTIONS (path '/data/kinsafe/tables/cin_plans.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW cp_plans (
  `child_id` STRING,
  `episode_id` STRING,
  `plan_id` STRING,
  `start_date` DATE,
  `end_date` DATE,
  `initial_category` STRING,
  `latest_category` STRING,
  `number_of_previous_cpp` INT,
  `review_dates` STRING
) USING csv OPTIONS (path '/data/kinsafe/tables/cp_plans.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW looked_after_episodes (
  `child_id` STRING,
  `episode_id` STRING,
  `start_date` DATE,
  `reason_for_new_episode` STRING,
  `legal_status` STRING,
  `category_of_need` STRING,
  `placement_type` STRING,
  `placement_provider` STRING,
  `end_date` DATE,
  `reason_episode_ceased` STRING,
  `reason_for_placement_change` STRING,
  `home_postcode` STRING,
  `placement_postcode` STRING,
  `urn` STRING
) USING csv OPTIONS (path '/data/kinsafe/tables/looked_after_episodes.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW early_help_episodes (
  `child_id` STRING,
  `episode_id` STRING,
  `start_date` DATE,
  `end_date` DATE,
  `outcome` STRING
) USING csv OPTIONS (path '/data/kinsafe/tables/early_help_episodes.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW care_proceedings (
  `child_id` STRING,
  `proceedings_id` STRING,
  `pre_proceedings_start` DATE,
  `pre_proceedings_end` DATE,
  `issue_date` DATE,
  `final_order_date` DATE,
  `final_order` STRING
) USING csv OPTIONS (path '/data/kinsafe/tables/care_proceedings.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW looked_after_reviews (
  `child_id` STRING,
  `review_id` STRING,
  `date` DATE,
  `participation` STRING
) USING csv OPTIONS (path '/data/kinsafe/tables/looked_after_reviews.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW missing_incidents (
  `child_id` STRING,
  `incident_id` STRING,
  `missing_type` STRING,
  `start_date` DATE,
  `end_date` DATE
) USING csv OPTIONS (path '/data/kinsafe/tables/missing_incidents.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW adoptions (
  `child_id` STRING,
  `adoption_id` STRING,
  `year` INT,
  `decision_date` DATE,
  `match_date` DATE,
  `foster_carer_adoption` STRING,
  `number_of_adopters` STRING,
  `adopter_sex` STRING,
  `adopter_legal_status` STRING
) USING csv OPTIONS (path '/data/kinsafe/tables/adoptions.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW looked_after_outcomes (
  `child_id` STRING,
  `looked_after_outcome_id` STRING,
  `year` INT,
  `sdq_score` INT,
  `sdq_reason` STRING,
  `convicted` BOOLEAN,
  `health_check` BOOLEAN,
  `immunisations` BOOLEAN,
  `teeth_check` BOOLEAN,
  `health_assessment` BOOLEAN,
  `substance_misuse` BOOLEAN,
  `intervention_received` BOOLEAN,
  `intervention_offered` BOOLEAN
) USING csv OPTIONS (path '/data/kinsafe/tables/looked_after_outcomes.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW care_leaver_outcomes (
  `child_id` STRING,
  `care_leaver_outcome_id` STRING,
  `year` INT,
  `in_touch` STRING,
  `activity` STRING,
  `accommodation` STRING
) USING csv OPTIONS (path '/data/kinsafe/tables/care_leaver_outcomes.csv', header 'true');
CREATE OR REPLACE TEMPORARY VIEW coverage (
  `fact` STRING,
  `start` DATE,
  `end` DATE,
  `source` STRING,
  `unusable` STRING
) USING csv OPTIONS (path '/data/kinsafe/tables/coverage.csv', header 'true');

-- The periods: ks_period (period_id, period_start, period_end, snapshot, horizon: the later of the end and the snapshot, cover_from: the earlier of the start and the snapshot).
CREATE OR REPLACE TEMPORARY VIEW ks_period AS
SELECT 1 AS period_id, DATE '2024-04-01' AS period_start, DATE '2025-03-31' AS period_end, DATE '2025-03-31' AS snapshot, DATE '2025-03-31' AS horizon, DATE '2024-04-01' AS cover_from, 2025 AS ad1_known_year, 2025 AS health_year, 2025 AS leaver_year, DATE '2025-03-31' AS leaver_day;
CACHE TABLE ks_period;

-- The working-day calendar, 1970-01-01 to 2099-12-31: its closed days (ks_closed_day) and every day with its working-day number (ks_day).
-- Working days from a to b (the day after a up to and including b) = b.working_day_number - a.working_day_number.
CREATE OR REPLACE TEMPORARY VIEW ks_closed_day AS
SELECT day, title FROM (VALUES
  (DATE '1970-03-27', 'Good Friday'),
  (DATE '1970-03-30', 'Easter Monday'),
  (DATE '1970-05-25', 'Spring bank holiday'),
  (DATE '1970-08-31', 'Summer bank holiday'),
  (DATE '1970-12-25', 'Christmas Day'),
  (DATE '1971-04-09', 'Good Friday'),
  (DATE '1971-04-12', 'Easter Monday'),
  (DATE '1971-05-31', 'Spring bank holiday'),
  (DATE '1971-08-30', 'Summer bank holiday'),
  (DATE '1971-12-27', 'Christmas Day (substitute day)'),
  (DATE '1971-12-28', 'Boxing Day (substitute day)'),
  (DATE '1972-03-31', 'Good Friday'),
  (DATE '1972-04-03', 'Easter Monday'),
  (DATE '1972-05-29', 'Spring bank holiday'),
  (DATE '1972-08-28', 'Summer bank holiday'),
  (DATE '1972-12-25', 'Christmas Day'),
  (DATE '1972-12-26', 'Boxing Day'),
  (DATE '1973-04-20', 'Good Friday'),
  (DATE '1973-04-23', 'Easter Monday'),
  (DATE '1973-05-28', 'Spring bank holiday'),
  (DATE '1973-08-27', 'Summer bank holiday'),
  (DATE '1973-11-14', 'Wedding of Princess Anne'),
  (DATE '1973-12-25', 'Christmas Day'),
  (DATE '1973-12-26', 'Boxing Day'),
  (DATE '1974-01-01', 'New Year\'s Day'),
  (DATE '1974-04-12', 'Good Friday'),
  (DATE '1974-04-15', 'Easter Monday'),
  (DATE '1974-05-27', 'Spring bank holiday'),
  (DATE '1974-08-26', 'Summer bank holiday'),
  (DATE '1974-12-25', 'Christmas Day'),
  (DATE '1974-12-26', 'Boxing Day'),
  (DATE '1975-01-01', 'New Year\'s Day'),
  (DATE '1975-03-28', 'Good Friday'),
  (DATE '1975-03-31', 'Easter Monday'),
  (DATE '1975-05-26', 'Spring bank holiday'),
  (DATE '1975-08-25', 'Summer bank holiday'),
  (DATE '1975-12-25', 'Christmas Day'),
  (DATE '1975-12-26', 'Boxing Day'),
  (DATE '1976-01-01', 'New Year\'s Day'),
  (DATE '1976-04-16', 'Good Friday'),
  (DATE '1976-04-19', 'Easter Monday'),
  (DATE '1976-05-31', 'Spring bank holiday'),
  (DATE '1976-08-30', 'Summer bank holiday'),
  (DATE '1976-12-27', 'Christmas Day (substitute day)'),
  (DATE '1976-12-28', 'Boxing Day (substitute day)'),
  (DATE '1977-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '1977-04-08', 'Good Friday'),
  (DATE '1977-04-11', 'Easter Monday'),
  (DATE '1977-06-06', 'Spring bank holiday'),
  (DATE '1977-06-07', 'Queen\'s Silver Jubilee'),
  (DATE '1977-08-29', 'Summer bank holiday'),
  (DATE '1977-12-26', 'Boxing Day'),
  (DATE '1977-12-27', 'Christmas Day (substitute day)'),
  (DATE '1978-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '1978-03-24', 'Good Friday'),
  (DATE '1978-03-27', 'Easter Monday'),
  (DATE '1978-05-01', 'Early May bank holiday'),
  (DATE '1978-05-29', 'Spring bank holiday'),
  (DATE '1978-08-28', 'Summer bank holiday'),
  (DATE '1978-12-25', 'Christmas Day'),
  (DATE '1978-12-26', 'Boxing Day'),
  (DATE '1979-01-01', 'New Year\'s Day'),
  (DATE '1979-04-13', 'Good Friday'),
  (DATE '1979-04-16', 'Easter Monday'),
  (DATE '1979-05-07', 'Early May bank holiday'),
  (DATE '1979-05-28', 'Spring bank holiday'),
  (DATE '1979-08-27', 'Summer bank holiday'),
  (DATE '1979-12-25', 'Christmas Day'),
  (DATE '1979-12-26', 'Boxing Day'),
  (DATE '1980-01-01', 'New Year\'s Day'),
  (DATE '1980-04-04', 'Good Friday'),
  (DATE '1980-04-07', 'Easter Monday'),
  (DATE '1980-05-05', 'Early May bank holiday'),
  (DATE '1980-05-26', 'Spring bank holiday'),
  (DATE '1980-08-25', 'Summer bank holiday'),
  (DATE '1980-12-25', 'Christmas Day'),
  (DATE '1980-12-26', 'Boxing Day'),
  (DATE '1981-01-01', 'New Year\'s Day'),
  (DATE '1981-04-17', 'Good Friday'),
  (DATE '1981-04-20', 'Easter Monday'),
  (DATE '1981-05-04', 'Early May bank holiday'),
  (DATE '1981-05-25', 'Spring bank holiday'),
  (DATE '1981-07-29', 'Royal wedding'),
  (DATE '1981-08-31', 'Summer bank holiday'),
  (DATE '1981-12-25', 'Christmas Day'),
  (DATE '1981-12-28', 'Boxing Day (substitute day)'),
  (DATE '1982-01-01', 'New Year\'s Day'),
  (DATE '1982-04-09', 'Good Friday'),
  (DATE '1982-04-12', 'Easter Monday'),
  (DATE '1982-05-03', 'Early May bank holiday'),
  (DATE '1982-05-31', 'Spring bank holiday'),
  (DATE '1982-08-30', 'Summer bank holiday'),
  (DATE '1982-12-27', 'Christmas Day (substitute day)'),
  (DATE '1982-12-28', 'Boxing Day (substitute day)'),
  (DATE '1983-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '1983-04-01', 'Good Friday'),
  (DATE '1983-04-04', 'Easter Monday'),
  (DATE '1983-05-02', 'Early May bank holiday'),
  (DATE '1983-05-30', 'Spring bank holiday'),
  (DATE '1983-08-29', 'Summer bank holiday'),
  (DATE '1983-12-26', 'Boxing Day'),
  (DATE '1983-12-27', 'Christmas Day (substitute day)'),
  (DATE '1984-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '1984-04-20', 'Good Friday'),
  (DATE '1984-04-23', 'Easter Monday'),
  (DATE '1984-05-07', 'Early May bank holiday'),
  (DATE '1984-05-28', 'Spring bank holiday'),
  (DATE '1984-08-27', 'Summer bank holiday'),
  (DATE '1984-12-25', 'Christmas Day'),
  (DATE '1984-12-26', 'Boxing Day'),
  (DATE '1985-01-01', 'New Year\'s Day'),
  (DATE '1985-04-05', 'Good Friday'),
  (DATE '1985-04-08', 'Easter Monday'),
  (DATE '1985-05-06', 'Early May bank holiday'),
  (DATE '1985-05-27', 'Spring bank holiday'),
  (DATE '1985-08-26', 'Summer bank holiday'),
  (DATE '1985-12-25', 'Christmas Day'),
  (DATE '1985-12-26', 'Boxing Day'),
  (DATE '1986-01-01', 'New Year\'s Day'),
  (DATE '1986-03-28', 'Good Friday'),
  (DATE '1986-03-31', 'Easter Monday'),
  (DATE '1986-05-05', 'Early May bank holiday'),
  (DATE '1986-05-26', 'Spring bank holiday'),
  (DATE '1986-08-25', 'Summer bank holiday'),
  (DATE '1986-12-25', 'Christmas Day'),
  (DATE '1986-12-26', 'Boxing Day'),
  (DATE '1987-01-01', 'New Year\'s Day'),
  (DATE '1987-04-17', 'Good Friday'),
  (DATE '1987-04-20', 'Easter Monday'),
  (DATE '1987-05-04', 'Early May bank holiday'),
  (DATE '1987-05-25', 'Spring bank holiday'),
  (DATE '1987-08-31', 'Summer bank holiday'),
  (DATE '1987-12-25', 'Christmas Day'),
  (DATE '1987-12-28', 'Boxing Day (substitute day)'),
  (DATE '1988-01-01', 'New Year\'s Day'),
  (DATE '1988-04-01', 'Good Friday'),
  (DATE '1988-04-04', 'Easter Monday'),
  (DATE '1988-05-02', 'Early May bank holiday'),
  (DATE '1988-05-30', 'Spring bank holiday'),
  (DATE '1988-08-29', 'Summer bank holiday'),
  (DATE '1988-12-26', 'Boxing Day'),
  (DATE '1988-12-27', 'Christmas Day (substitute day)'),
  (DATE '1989-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '1989-03-24', 'Good Friday'),
  (DATE '1989-03-27', 'Easter Monday'),
  (DATE '1989-05-01', 'Early May bank holiday'),
  (DATE '1989-05-29', 'Spring bank holiday'),
  (DATE '1989-08-28', 'Summer bank holiday'),
  (DATE '1989-12-25', 'Christmas Day'),
  (DATE '1989-12-26', 'Boxing Day'),
  (DATE '1990-01-01', 'New Year\'s Day'),
  (DATE '1990-04-13', 'Good Friday'),
  (DATE '1990-04-16', 'Easter Monday'),
  (DATE '1990-05-07', 'Early May bank holiday'),
  (DATE '1990-05-28', 'Spring bank holiday'),
  (DATE '1990-08-27', 'Summer bank holiday'),
  (DATE '1990-12-25', 'Christmas Day'),
  (DATE '1990-12-26', 'Boxing Day'),
  (DATE '1991-01-01', 'New Year\'s Day'),
  (DATE '1991-03-29', 'Good Friday'),
  (DATE '1991-04-01', 'Easter Monday'),
  (DATE '1991-05-06', 'Early May bank holiday'),
  (DATE '1991-05-27', 'Spring bank holiday'),
  (DATE '1991-08-26', 'Summer bank holiday'),
  (DATE '1991-12-25', 'Christmas Day'),
  (DATE '1991-12-26', 'Boxing Day'),
  (DATE '1992-01-01', 'New Year\'s Day'),
  (DATE '1992-04-17', 'Good Friday'),
  (DATE '1992-04-20', 'Easter Monday'),
  (DATE '1992-05-04', 'Early May bank holiday'),
  (DATE '1992-05-25', 'Spring bank holiday'),
  (DATE '1992-08-31', 'Summer bank holiday'),
  (DATE '1992-12-25', 'Christmas Day'),
  (DATE '1992-12-28', 'Boxing Day (substitute day)'),
  (DATE '1993-01-01', 'New Year\'s Day'),
  (DATE '1993-04-09', 'Good Friday'),
  (DATE '1993-04-12', 'Easter Monday'),
  (DATE '1993-05-03', 'Early May bank holiday'),
  (DATE '1993-05-31', 'Spring bank holiday'),
  (DATE '1993-08-30', 'Summer bank holiday'),
  (DATE '1993-12-27', 'Christmas Day (substitute day)'),
  (DATE '1993-12-28', 'Boxing Day (substitute day)'),
  (DATE '1994-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '1994-04-01', 'Good Friday'),
  (DATE '1994-04-04', 'Easter Monday'),
  (DATE '1994-05-02', 'Early May bank holiday'),
  (DATE '1994-05-30', 'Spring bank holiday'),
  (DATE '1994-08-29', 'Summer bank holiday'),
  (DATE '1994-12-26', 'Boxing Day'),
  (DATE '1994-12-27', 'Christmas Day (substitute day)'),
  (DATE '1995-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '1995-04-14', 'Good Friday'),
  (DATE '1995-04-17', 'Easter Monday'),
  (DATE '1995-05-08', 'Early May bank holiday (VE day)'),
  (DATE '1995-05-29', 'Spring bank holiday'),
  (DATE '1995-08-28', 'Summer bank holiday'),
  (DATE '1995-12-25', 'Christmas Day'),
  (DATE '1995-12-26', 'Boxing Day'),
  (DATE '1996-01-01', 'New Year\'s Day'),
  (DATE '1996-04-05', 'Good Friday'),
  (DATE '1996-04-08', 'Easter Monday'),
  (DATE '1996-05-06', 'Early May bank holiday'),
  (DATE '1996-05-27', 'Spring bank holiday'),
  (DATE '1996-08-26', 'Summer bank holiday'),
  (DATE '1996-12-25', 'Christmas Day'),
  (DATE '1996-12-26', 'Boxing Day'),
  (DATE '1997-01-01', 'New Year\'s Day'),
  (DATE '1997-03-28', 'Good Friday'),
  (DATE '1997-03-31', 'Easter Monday'),
  (DATE '1997-05-05', 'Early May bank holiday'),
  (DATE '1997-05-26', 'Spring bank holiday'),
  (DATE '1997-08-25', 'Summer bank holiday'),
  (DATE '1997-12-25', 'Christmas Day'),
  (DATE '1997-12-26', 'Boxing Day'),
  (DATE '1998-01-01', 'New Year\'s Day'),
  (DATE '1998-04-10', 'Good Friday'),
  (DATE '1998-04-13', 'Easter Monday'),
  (DATE '1998-05-04', 'Early May bank holiday'),
  (DATE '1998-05-25', 'Spring bank holiday'),
  (DATE '1998-08-31', 'Summer bank holiday'),
  (DATE '1998-12-25', 'Christmas Day'),
  (DATE '1998-12-28', 'Boxing Day (substitute day)'),
  (DATE '1999-01-01', 'New Year\'s Day'),
  (DATE '1999-04-02', 'Good Friday'),
  (DATE '1999-04-05', 'Easter Monday'),
  (DATE '1999-05-03', 'Early May bank holiday'),
  (DATE '1999-05-31', 'Spring bank holiday'),
  (DATE '1999-08-30', 'Summer bank holiday'),
  (DATE '1999-12-27', 'Christmas Day (substitute day)'),
  (DATE '1999-12-28', 'Boxing Day (substitute day)'),
  (DATE '1999-12-31', 'Millennium celebrations'),
  (DATE '2000-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2000-04-21', 'Good Friday'),
  (DATE '2000-04-24', 'Easter Monday'),
  (DATE '2000-05-01', 'Early May bank holiday'),
  (DATE '2000-05-29', 'Spring bank holiday'),
  (DATE '2000-08-28', 'Summer bank holiday'),
  (DATE '2000-12-25', 'Christmas Day'),
  (DATE '2000-12-26', 'Boxing Day'),
  (DATE '2001-01-01', 'New Year\'s Day'),
  (DATE '2001-04-13', 'Good Friday'),
  (DATE '2001-04-16', 'Easter Monday'),
  (DATE '2001-05-07', 'Early May bank holiday'),
  (DATE '2001-05-28', 'Spring bank holiday'),
  (DATE '2001-08-27', 'Summer bank holiday'),
  (DATE '2001-12-25', 'Christmas Day'),
  (DATE '2001-12-26', 'Boxing Day'),
  (DATE '2002-01-01', 'New Year\'s Day'),
  (DATE '2002-03-29', 'Good Friday'),
  (DATE '2002-04-01', 'Easter Monday'),
  (DATE '2002-05-06', 'Early May bank holiday'),
  (DATE '2002-06-03', 'Queen\'s Golden Jubilee'),
  (DATE '2002-06-04', 'Spring bank holiday'),
  (DATE '2002-08-26', 'Summer bank holiday'),
  (DATE '2002-12-25', 'Christmas Day'),
  (DATE '2002-12-26', 'Boxing Day'),
  (DATE '2003-01-01', 'New Year\'s Day'),
  (DATE '2003-04-18', 'Good Friday'),
  (DATE '2003-04-21', 'Easter Monday'),
  (DATE '2003-05-05', 'Early May bank holiday'),
  (DATE '2003-05-26', 'Spring bank holiday'),
  (DATE '2003-08-25', 'Summer bank holiday'),
  (DATE '2003-12-25', 'Christmas Day'),
  (DATE '2003-12-26', 'Boxing Day'),
  (DATE '2004-01-01', 'New Year\'s Day'),
  (DATE '2004-04-09', 'Good Friday'),
  (DATE '2004-04-12', 'Easter Monday'),
  (DATE '2004-05-03', 'Early May bank holiday'),
  (DATE '2004-05-31', 'Spring bank holiday'),
  (DATE '2004-08-30', 'Summer bank holiday'),
  (DATE '2004-12-27', 'Christmas Day (substitute day)'),
  (DATE '2004-12-28', 'Boxing Day (substitute day)'),
  (DATE '2005-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2005-03-25', 'Good Friday'),
  (DATE '2005-03-28', 'Easter Monday'),
  (DATE '2005-05-02', 'Early May bank holiday'),
  (DATE '2005-05-30', 'Spring bank holiday'),
  (DATE '2005-08-29', 'Summer bank holiday'),
  (DATE '2005-12-26', 'Boxing Day'),
  (DATE '2005-12-27', 'Christmas Day (substitute day)'),
  (DATE '2006-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2006-04-14', 'Good Friday'),
  (DATE '2006-04-17', 'Easter Monday'),
  (DATE '2006-05-01', 'Early May bank holiday'),
  (DATE '2006-05-29', 'Spring bank holiday'),
  (DATE '2006-08-28', 'Summer bank holiday'),
  (DATE '2006-12-25', 'Christmas Day'),
  (DATE '2006-12-26', 'Boxing Day'),
  (DATE '2007-01-01', 'New Year\'s Day'),
  (DATE '2007-04-06', 'Good Friday'),
  (DATE '2007-04-09', 'Easter Monday'),
  (DATE '2007-05-07', 'Early May bank holiday'),
  (DATE '2007-05-28', 'Spring bank holiday'),
  (DATE '2007-08-27', 'Summer bank holiday'),
  (DATE '2007-12-25', 'Christmas Day'),
  (DATE '2007-12-26', 'Boxing Day'),
  (DATE '2008-01-01', 'New Year\'s Day'),
  (DATE '2008-03-21', 'Good Friday'),
  (DATE '2008-03-24', 'Easter Monday'),
  (DATE '2008-05-05', 'Early May bank holiday'),
  (DATE '2008-05-26', 'Spring bank holiday'),
  (DATE '2008-08-25', 'Summer bank holiday'),
  (DATE '2008-12-25', 'Christmas Day'),
  (DATE '2008-12-26', 'Boxing Day'),
  (DATE '2009-01-01', 'New Year\'s Day'),
  (DATE '2009-04-10', 'Good Friday'),
  (DATE '2009-04-13', 'Easter Monday'),
  (DATE '2009-05-04', 'Early May bank holiday'),
  (DATE '2009-05-25', 'Spring bank holiday'),
  (DATE '2009-08-31', 'Summer bank holiday'),
  (DATE '2009-12-25', 'Christmas Day'),
  (DATE '2009-12-28', 'Boxing Day (substitute day)'),
  (DATE '2010-01-01', 'New Year\'s Day'),
  (DATE '2010-04-02', 'Good Friday'),
  (DATE '2010-04-05', 'Easter Monday'),
  (DATE '2010-05-03', 'Early May bank holiday'),
  (DATE '2010-05-31', 'Spring bank holiday'),
  (DATE '2010-08-30', 'Summer bank holiday'),
  (DATE '2010-12-27', 'Christmas Day (substitute day)'),
  (DATE '2010-12-28', 'Boxing Day (substitute day)'),
  (DATE '2011-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2011-04-22', 'Good Friday'),
  (DATE '2011-04-25', 'Easter Monday'),
  (DATE '2011-04-29', 'Royal wedding'),
  (DATE '2011-05-02', 'Early May bank holiday'),
  (DATE '2011-05-30', 'Spring bank holiday'),
  (DATE '2011-08-29', 'Summer bank holiday'),
  (DATE '2011-12-26', 'Boxing Day'),
  (DATE '2011-12-27', 'Christmas Day (substitute day)'),
  (DATE '2012-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2012-04-06', 'Good Friday'),
  (DATE '2012-04-09', 'Easter Monday'),
  (DATE '2012-05-07', 'Early May bank holiday'),
  (DATE '2012-06-04', 'Spring bank holiday'),
  (DATE '2012-06-05', 'Queen\'s Diamond Jubilee'),
  (DATE '2012-08-27', 'Summer bank holiday'),
  (DATE '2012-12-25', 'Christmas Day'),
  (DATE '2012-12-26', 'Boxing Day'),
  (DATE '2013-01-01', 'New Year\'s Day'),
  (DATE '2013-03-29', 'Good Friday'),
  (DATE '2013-04-01', 'Easter Monday'),
  (DATE '2013-05-06', 'Early May bank holiday'),
  (DATE '2013-05-27', 'Spring bank holiday'),
  (DATE '2013-08-26', 'Summer bank holiday'),
  (DATE '2013-12-25', 'Christmas Day'),
  (DATE '2013-12-26', 'Boxing Day'),
  (DATE '2014-01-01', 'New Year\'s Day'),
  (DATE '2014-04-18', 'Good Friday'),
  (DATE '2014-04-21', 'Easter Monday'),
  (DATE '2014-05-05', 'Early May bank holiday'),
  (DATE '2014-05-26', 'Spring bank holiday'),
  (DATE '2014-08-25', 'Summer bank holiday'),
  (DATE '2014-12-25', 'Christmas Day'),
  (DATE '2014-12-26', 'Boxing Day'),
  (DATE '2015-01-01', 'New Year\'s Day'),
  (DATE '2015-04-03', 'Good Friday'),
  (DATE '2015-04-06', 'Easter Monday'),
  (DATE '2015-05-04', 'Early May bank holiday'),
  (DATE '2015-05-25', 'Spring bank holiday'),
  (DATE '2015-08-31', 'Summer bank holiday'),
  (DATE '2015-12-25', 'Christmas Day'),
  (DATE '2015-12-28', 'Boxing Day (substitute day)'),
  (DATE '2016-01-01', 'New Year\'s Day'),
  (DATE '2016-03-25', 'Good Friday'),
  (DATE '2016-03-28', 'Easter Monday'),
  (DATE '2016-05-02', 'Early May bank holiday'),
  (DATE '2016-05-30', 'Spring bank holiday'),
  (DATE '2016-08-29', 'Summer bank holiday'),
  (DATE '2016-12-26', 'Boxing Day'),
  (DATE '2016-12-27', 'Christmas Day (substitute day)'),
  (DATE '2017-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2017-04-14', 'Good Friday'),
  (DATE '2017-04-17', 'Easter Monday'),
  (DATE '2017-05-01', 'Early May bank holiday'),
  (DATE '2017-05-29', 'Spring bank holiday'),
  (DATE '2017-08-28', 'Summer bank holiday'),
  (DATE '2017-12-25', 'Christmas Day'),
  (DATE '2017-12-26', 'Boxing Day'),
  (DATE '2018-01-01', 'New Year\'s Day'),
  (DATE '2018-03-30', 'Good Friday'),
  (DATE '2018-04-02', 'Easter Monday'),
  (DATE '2018-05-07', 'Early May bank holiday'),
  (DATE '2018-05-28', 'Spring bank holiday'),
  (DATE '2018-08-27', 'Summer bank holiday'),
  (DATE '2018-12-25', 'Christmas Day'),
  (DATE '2018-12-26', 'Boxing Day'),
  (DATE '2019-01-01', 'New Year\'s Day'),
  (DATE '2019-04-19', 'Good Friday'),
  (DATE '2019-04-22', 'Easter Monday'),
  (DATE '2019-05-06', 'Early May bank holiday'),
  (DATE '2019-05-27', 'Spring bank holiday'),
  (DATE '2019-08-26', 'Summer bank holiday'),
  (DATE '2019-12-25', 'Christmas Day'),
  (DATE '2019-12-26', 'Boxing Day'),
  (DATE '2020-01-01', 'New Year\'s Day'),
  (DATE '2020-04-10', 'Good Friday'),
  (DATE '2020-04-13', 'Easter Monday'),
  (DATE '2020-05-08', 'Early May bank holiday (VE day)'),
  (DATE '2020-05-25', 'Spring bank holiday'),
  (DATE '2020-08-31', 'Summer bank holiday'),
  (DATE '2020-12-25', 'Christmas Day'),
  (DATE '2020-12-28', 'Boxing Day (substitute day)'),
  (DATE '2021-01-01', 'New Year\'s Day'),
  (DATE '2021-04-02', 'Good Friday'),
  (DATE '2021-04-05', 'Easter Monday'),
  (DATE '2021-05-03', 'Early May bank holiday'),
  (DATE '2021-05-31', 'Spring bank holiday'),
  (DATE '2021-08-30', 'Summer bank holiday'),
  (DATE '2021-12-27', 'Christmas Day (substitute day)'),
  (DATE '2021-12-28', 'Boxing Day (substitute day)'),
  (DATE '2022-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2022-04-15', 'Good Friday'),
  (DATE '2022-04-18', 'Easter Monday'),
  (DATE '2022-05-02', 'Early May bank holiday'),
  (DATE '2022-06-02', 'Spring bank holiday'),
  (DATE '2022-06-03', 'Queen\'s Platinum Jubilee'),
  (DATE '2022-08-29', 'Summer bank holiday'),
  (DATE '2022-09-19', 'State Funeral of Queen Elizabeth II'),
  (DATE '2022-12-26', 'Boxing Day'),
  (DATE '2022-12-27', 'Christmas Day (substitute day)'),
  (DATE '2023-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2023-04-07', 'Good Friday'),
  (DATE '2023-04-10', 'Easter Monday'),
  (DATE '2023-05-01', 'Early May bank holiday'),
  (DATE '2023-05-08', 'Coronation of King Charles III'),
  (DATE '2023-05-29', 'Spring bank holiday'),
  (DATE '2023-08-28', 'Summer bank holiday'),
  (DATE '2023-12-25', 'Christmas Day'),
  (DATE '2023-12-26', 'Boxing Day'),
  (DATE '2024-01-01', 'New Year\'s Day'),
  (DATE '2024-03-29', 'Good Friday'),
  (DATE '2024-04-01', 'Easter Monday'),
  (DATE '2024-05-06', 'Early May bank holiday'),
  (DATE '2024-05-27', 'Spring bank holiday'),
  (DATE '2024-08-26', 'Summer bank holiday'),
  (DATE '2024-12-25', 'Christmas Day'),
  (DATE '2024-12-26', 'Boxing Day'),
  (DATE '2025-01-01', 'New Year\'s Day'),
  (DATE '2025-04-18', 'Good Friday'),
  (DATE '2025-04-21', 'Easter Monday'),
  (DATE '2025-05-05', 'Early May bank holiday'),
  (DATE '2025-05-26', 'Spring bank holiday'),
  (DATE '2025-08-25', 'Summer bank holiday'),
  (DATE '2025-12-25', 'Christmas Day'),
  (DATE '2025-12-26', 'Boxing Day'),
  (DATE '2026-01-01', 'New Year\'s Day'),
  (DATE '2026-04-03', 'Good Friday'),
  (DATE '2026-04-06', 'Easter Monday'),
  (DATE '2026-05-04', 'Early May bank holiday'),
  (DATE '2026-05-25', 'Spring bank holiday'),
  (DATE '2026-08-31', 'Summer bank holiday'),
  (DATE '2026-12-25', 'Christmas Day'),
  (DATE '2026-12-28', 'Boxing Day (substitute day)'),
  (DATE '2027-01-01', 'New Year\'s Day'),
  (DATE '2027-03-26', 'Good Friday'),
  (DATE '2027-03-29', 'Easter Monday'),
  (DATE '2027-05-03', 'Early May bank holiday'),
  (DATE '2027-05-31', 'Spring bank holiday'),
  (DATE '2027-08-30', 'Summer bank holiday'),
  (DATE '2027-12-27', 'Christmas Day (substitute day)'),
  (DATE '2027-12-28', 'Boxing Day (substitute day)'),
  (DATE '2028-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2028-04-14', 'Good Friday'),
  (DATE '2028-04-17', 'Easter Monday'),
  (DATE '2028-05-01', 'Early May bank holiday'),
  (DATE '2028-05-29', 'Spring bank holiday'),
  (DATE '2028-08-28', 'Summer bank holiday'),
  (DATE '2028-12-25', 'Christmas Day'),
  (DATE '2028-12-26', 'Boxing Day'),
  (DATE '2029-01-01', 'New Year\'s Day'),
  (DATE '2029-03-30', 'Good Friday'),
  (DATE '2029-04-02', 'Easter Monday'),
  (DATE '2029-05-07', 'Early May bank holiday'),
  (DATE '2029-05-28', 'Spring bank holiday'),
  (DATE '2029-08-27', 'Summer bank holiday'),
  (DATE '2029-12-25', 'Christmas Day'),
  (DATE '2029-12-26', 'Boxing Day'),
  (DATE '2030-01-01', 'New Year\'s Day'),
  (DATE '2030-04-19', 'Good Friday'),
  (DATE '2030-04-22', 'Easter Monday'),
  (DATE '2030-05-06', 'Early May bank holiday'),
  (DATE '2030-05-27', 'Spring bank holiday'),
  (DATE '2030-08-26', 'Summer bank holiday'),
  (DATE '2030-12-25', 'Christmas Day'),
  (DATE '2030-12-26', 'Boxing Day'),
  (DATE '2031-01-01', 'New Year\'s Day'),
  (DATE '2031-04-11', 'Good Friday'),
  (DATE '2031-04-14', 'Easter Monday'),
  (DATE '2031-05-05', 'Early May bank holiday'),
  (DATE '2031-05-26', 'Spring bank holiday'),
  (DATE '2031-08-25', 'Summer bank holiday'),
  (DATE '2031-12-25', 'Christmas Day'),
  (DATE '2031-12-26', 'Boxing Day'),
  (DATE '2032-01-01', 'New Year\'s Day'),
  (DATE '2032-03-26', 'Good Friday'),
  (DATE '2032-03-29', 'Easter Monday'),
  (DATE '2032-05-03', 'Early May bank holiday'),
  (DATE '2032-05-31', 'Spring bank holiday'),
  (DATE '2032-08-30', 'Summer bank holiday'),
  (DATE '2032-12-27', 'Christmas Day (substitute day)'),
  (DATE '2032-12-28', 'Boxing Day (substitute day)'),
  (DATE '2033-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2033-04-15', 'Good Friday'),
  (DATE '2033-04-18', 'Easter Monday'),
  (DATE '2033-05-02', 'Early May bank holiday'),
  (DATE '2033-05-30', 'Spring bank holiday'),
  (DATE '2033-08-29', 'Summer bank holiday'),
  (DATE '2033-12-26', 'Boxing Day'),
  (DATE '2033-12-27', 'Christmas Day (substitute day)'),
  (DATE '2034-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2034-04-07', 'Good Friday'),
  (DATE '2034-04-10', 'Easter Monday'),
  (DATE '2034-05-01', 'Early May bank holiday'),
  (DATE '2034-05-29', 'Spring bank holiday'),
  (DATE '2034-08-28', 'Summer bank holiday'),
  (DATE '2034-12-25', 'Christmas Day'),
  (DATE '2034-12-26', 'Boxing Day'),
  (DATE '2035-01-01', 'New Year\'s Day'),
  (DATE '2035-03-23', 'Good Friday'),
  (DATE '2035-03-26', 'Easter Monday'),
  (DATE '2035-05-07', 'Early May bank holiday'),
  (DATE '2035-05-28', 'Spring bank holiday'),
  (DATE '2035-08-27', 'Summer bank holiday'),
  (DATE '2035-12-25', 'Christmas Day'),
  (DATE '2035-12-26', 'Boxing Day'),
  (DATE '2036-01-01', 'New Year\'s Day'),
  (DATE '2036-04-11', 'Good Friday'),
  (DATE '2036-04-14', 'Easter Monday'),
  (DATE '2036-05-05', 'Early May bank holiday'),
  (DATE '2036-05-26', 'Spring bank holiday'),
  (DATE '2036-08-25', 'Summer bank holiday'),
  (DATE '2036-12-25', 'Christmas Day'),
  (DATE '2036-12-26', 'Boxing Day'),
  (DATE '2037-01-01', 'New Year\'s Day'),
  (DATE '2037-04-03', 'Good Friday'),
  (DATE '2037-04-06', 'Easter Monday'),
  (DATE '2037-05-04', 'Early May bank holiday'),
  (DATE '2037-05-25', 'Spring bank holiday'),
  (DATE '2037-08-31', 'Summer bank holiday'),
  (DATE '2037-12-25', 'Christmas Day'),
  (DATE '2037-12-28', 'Boxing Day (substitute day)'),
  (DATE '2038-01-01', 'New Year\'s Day'),
  (DATE '2038-04-23', 'Good Friday'),
  (DATE '2038-04-26', 'Easter Monday'),
  (DATE '2038-05-03', 'Early May bank holiday'),
  (DATE '2038-05-31', 'Spring bank holiday'),
  (DATE '2038-08-30', 'Summer bank holiday'),
  (DATE '2038-12-27', 'Christmas Day (substitute day)'),
  (DATE '2038-12-28', 'Boxing Day (substitute day)'),
  (DATE '2039-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2039-04-08', 'Good Friday'),
  (DATE '2039-04-11', 'Easter Monday'),
  (DATE '2039-05-02', 'Early May bank holiday'),
  (DATE '2039-05-30', 'Spring bank holiday'),
  (DATE '2039-08-29', 'Summer bank holiday'),
  (DATE '2039-12-26', 'Boxing Day'),
  (DATE '2039-12-27', 'Christmas Day (substitute day)'),
  (DATE '2040-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2040-03-30', 'Good Friday'),
  (DATE '2040-04-02', 'Easter Monday'),
  (DATE '2040-05-07', 'Early May bank holiday'),
  (DATE '2040-05-28', 'Spring bank holiday'),
  (DATE '2040-08-27', 'Summer bank holiday'),
  (DATE '2040-12-25', 'Christmas Day'),
  (DATE '2040-12-26', 'Boxing Day'),
  (DATE '2041-01-01', 'New Year\'s Day'),
  (DATE '2041-04-19', 'Good Friday'),
  (DATE '2041-04-22', 'Easter Monday'),
  (DATE '2041-05-06', 'Early May bank holiday'),
  (DATE '2041-05-27', 'Spring bank holiday'),
  (DATE '2041-08-26', 'Summer bank holiday'),
  (DATE '2041-12-25', 'Christmas Day'),
  (DATE '2041-12-26', 'Boxing Day'),
  (DATE '2042-01-01', 'New Year\'s Day'),
  (DATE '2042-04-04', 'Good Friday'),
  (DATE '2042-04-07', 'Easter Monday'),
  (DATE '2042-05-05', 'Early May bank holiday'),
  (DATE '2042-05-26', 'Spring bank holiday'),
  (DATE '2042-08-25', 'Summer bank holiday'),
  (DATE '2042-12-25', 'Christmas Day'),
  (DATE '2042-12-26', 'Boxing Day'),
  (DATE '2043-01-01', 'New Year\'s Day'),
  (DATE '2043-03-27', 'Good Friday'),
  (DATE '2043-03-30', 'Easter Monday'),
  (DATE '2043-05-04', 'Early May bank holiday'),
  (DATE '2043-05-25', 'Spring bank holiday'),
  (DATE '2043-08-31', 'Summer bank holiday'),
  (DATE '2043-12-25', 'Christmas Day'),
  (DATE '2043-12-28', 'Boxing Day (substitute day)'),
  (DATE '2044-01-01', 'New Year\'s Day'),
  (DATE '2044-04-15', 'Good Friday'),
  (DATE '2044-04-18', 'Easter Monday'),
  (DATE '2044-05-02', 'Early May bank holiday'),
  (DATE '2044-05-30', 'Spring bank holiday'),
  (DATE '2044-08-29', 'Summer bank holiday'),
  (DATE '2044-12-26', 'Boxing Day'),
  (DATE '2044-12-27', 'Christmas Day (substitute day)'),
  (DATE '2045-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2045-04-07', 'Good Friday'),
  (DATE '2045-04-10', 'Easter Monday'),
  (DATE '2045-05-01', 'Early May bank holiday'),
  (DATE '2045-05-29', 'Spring bank holiday'),
  (DATE '2045-08-28', 'Summer bank holiday'),
  (DATE '2045-12-25', 'Christmas Day'),
  (DATE '2045-12-26', 'Boxing Day'),
  (DATE '2046-01-01', 'New Year\'s Day'),
  (DATE '2046-03-23', 'Good Friday'),
  (DATE '2046-03-26', 'Easter Monday'),
  (DATE '2046-05-07', 'Early May bank holiday'),
  (DATE '2046-05-28', 'Spring bank holiday'),
  (DATE '2046-08-27', 'Summer bank holiday'),
  (DATE '2046-12-25', 'Christmas Day'),
  (DATE '2046-12-26', 'Boxing Day'),
  (DATE '2047-01-01', 'New Year\'s Day'),
  (DATE '2047-04-12', 'Good Friday'),
  (DATE '2047-04-15', 'Easter Monday'),
  (DATE '2047-05-06', 'Early May bank holiday'),
  (DATE '2047-05-27', 'Spring bank holiday'),
  (DATE '2047-08-26', 'Summer bank holiday'),
  (DATE '2047-12-25', 'Christmas Day'),
  (DATE '2047-12-26', 'Boxing Day'),
  (DATE '2048-01-01', 'New Year\'s Day'),
  (DATE '2048-04-03', 'Good Friday'),
  (DATE '2048-04-06', 'Easter Monday'),
  (DATE '2048-05-04', 'Early May bank holiday'),
  (DATE '2048-05-25', 'Spring bank holiday'),
  (DATE '2048-08-31', 'Summer bank holiday'),
  (DATE '2048-12-25', 'Christmas Day'),
  (DATE '2048-12-28', 'Boxing Day (substitute day)'),
  (DATE '2049-01-01', 'New Year\'s Day'),
  (DATE '2049-04-16', 'Good Friday'),
  (DATE '2049-04-19', 'Easter Monday'),
  (DATE '2049-05-03', 'Early May bank holiday'),
  (DATE '2049-05-31', 'Spring bank holiday'),
  (DATE '2049-08-30', 'Summer bank holiday'),
  (DATE '2049-12-27', 'Christmas Day (substitute day)'),
  (DATE '2049-12-28', 'Boxing Day (substitute day)'),
  (DATE '2050-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2050-04-08', 'Good Friday'),
  (DATE '2050-04-11', 'Easter Monday'),
  (DATE '2050-05-02', 'Early May bank holiday'),
  (DATE '2050-05-30', 'Spring bank holiday'),
  (DATE '2050-08-29', 'Summer bank holiday'),
  (DATE '2050-12-26', 'Boxing Day'),
  (DATE '2050-12-27', 'Christmas Day (substitute day)'),
  (DATE '2051-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2051-03-31', 'Good Friday'),
  (DATE '2051-04-03', 'Easter Monday'),
  (DATE '2051-05-01', 'Early May bank holiday'),
  (DATE '2051-05-29', 'Spring bank holiday'),
  (DATE '2051-08-28', 'Summer bank holiday'),
  (DATE '2051-12-25', 'Christmas Day'),
  (DATE '2051-12-26', 'Boxing Day'),
  (DATE '2052-01-01', 'New Year\'s Day'),
  (DATE '2052-04-19', 'Good Friday'),
  (DATE '2052-04-22', 'Easter Monday'),
  (DATE '2052-05-06', 'Early May bank holiday'),
  (DATE '2052-05-27', 'Spring bank holiday'),
  (DATE '2052-08-26', 'Summer bank holiday'),
  (DATE '2052-12-25', 'Christmas Day'),
  (DATE '2052-12-26', 'Boxing Day'),
  (DATE '2053-01-01', 'New Year\'s Day'),
  (DATE '2053-04-04', 'Good Friday'),
  (DATE '2053-04-07', 'Easter Monday'),
  (DATE '2053-05-05', 'Early May bank holiday'),
  (DATE '2053-05-26', 'Spring bank holiday'),
  (DATE '2053-08-25', 'Summer bank holiday'),
  (DATE '2053-12-25', 'Christmas Day'),
  (DATE '2053-12-26', 'Boxing Day'),
  (DATE '2054-01-01', 'New Year\'s Day'),
  (DATE '2054-03-27', 'Good Friday'),
  (DATE '2054-03-30', 'Easter Monday'),
  (DATE '2054-05-04', 'Early May bank holiday'),
  (DATE '2054-05-25', 'Spring bank holiday'),
  (DATE '2054-08-31', 'Summer bank holiday'),
  (DATE '2054-12-25', 'Christmas Day'),
  (DATE '2054-12-28', 'Boxing Day (substitute day)'),
  (DATE '2055-01-01', 'New Year\'s Day'),
  (DATE '2055-04-16', 'Good Friday'),
  (DATE '2055-04-19', 'Easter Monday'),
  (DATE '2055-05-03', 'Early May bank holiday'),
  (DATE '2055-05-31', 'Spring bank holiday'),
  (DATE '2055-08-30', 'Summer bank holiday'),
  (DATE '2055-12-27', 'Christmas Day (substitute day)'),
  (DATE '2055-12-28', 'Boxing Day (substitute day)'),
  (DATE '2056-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2056-03-31', 'Good Friday'),
  (DATE '2056-04-03', 'Easter Monday'),
  (DATE '2056-05-01', 'Early May bank holiday'),
  (DATE '2056-05-29', 'Spring bank holiday'),
  (DATE '2056-08-28', 'Summer bank holiday'),
  (DATE '2056-12-25', 'Christmas Day'),
  (DATE '2056-12-26', 'Boxing Day'),
  (DATE '2057-01-01', 'New Year\'s Day'),
  (DATE '2057-04-20', 'Good Friday'),
  (DATE '2057-04-23', 'Easter Monday'),
  (DATE '2057-05-07', 'Early May bank holiday'),
  (DATE '2057-05-28', 'Spring bank holiday'),
  (DATE '2057-08-27', 'Summer bank holiday'),
  (DATE '2057-12-25', 'Christmas Day'),
  (DATE '2057-12-26', 'Boxing Day'),
  (DATE '2058-01-01', 'New Year\'s Day'),
  (DATE '2058-04-12', 'Good Friday'),
  (DATE '2058-04-15', 'Easter Monday'),
  (DATE '2058-05-06', 'Early May bank holiday'),
  (DATE '2058-05-27', 'Spring bank holiday'),
  (DATE '2058-08-26', 'Summer bank holiday'),
  (DATE '2058-12-25', 'Christmas Day'),
  (DATE '2058-12-26', 'Boxing Day'),
  (DATE '2059-01-01', 'New Year\'s Day'),
  (DATE '2059-03-28', 'Good Friday'),
  (DATE '2059-03-31', 'Easter Monday'),
  (DATE '2059-05-05', 'Early May bank holiday'),
  (DATE '2059-05-26', 'Spring bank holiday'),
  (DATE '2059-08-25', 'Summer bank holiday'),
  (DATE '2059-12-25', 'Christmas Day'),
  (DATE '2059-12-26', 'Boxing Day'),
  (DATE '2060-01-01', 'New Year\'s Day'),
  (DATE '2060-04-16', 'Good Friday'),
  (DATE '2060-04-19', 'Easter Monday'),
  (DATE '2060-05-03', 'Early May bank holiday'),
  (DATE '2060-05-31', 'Spring bank holiday'),
  (DATE '2060-08-30', 'Summer bank holiday'),
  (DATE '2060-12-27', 'Christmas Day (substitute day)'),
  (DATE '2060-12-28', 'Boxing Day (substitute day)'),
  (DATE '2061-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2061-04-08', 'Good Friday'),
  (DATE '2061-04-11', 'Easter Monday'),
  (DATE '2061-05-02', 'Early May bank holiday'),
  (DATE '2061-05-30', 'Spring bank holiday'),
  (DATE '2061-08-29', 'Summer bank holiday'),
  (DATE '2061-12-26', 'Boxing Day'),
  (DATE '2061-12-27', 'Christmas Day (substitute day)'),
  (DATE '2062-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2062-03-24', 'Good Friday'),
  (DATE '2062-03-27', 'Easter Monday'),
  (DATE '2062-05-01', 'Early May bank holiday'),
  (DATE '2062-05-29', 'Spring bank holiday'),
  (DATE '2062-08-28', 'Summer bank holiday'),
  (DATE '2062-12-25', 'Christmas Day'),
  (DATE '2062-12-26', 'Boxing Day'),
  (DATE '2063-01-01', 'New Year\'s Day'),
  (DATE '2063-04-13', 'Good Friday'),
  (DATE '2063-04-16', 'Easter Monday'),
  (DATE '2063-05-07', 'Early May bank holiday'),
  (DATE '2063-05-28', 'Spring bank holiday'),
  (DATE '2063-08-27', 'Summer bank holiday'),
  (DATE '2063-12-25', 'Christmas Day'),
  (DATE '2063-12-26', 'Boxing Day'),
  (DATE '2064-01-01', 'New Year\'s Day'),
  (DATE '2064-04-04', 'Good Friday'),
  (DATE '2064-04-07', 'Easter Monday'),
  (DATE '2064-05-05', 'Early May bank holiday'),
  (DATE '2064-05-26', 'Spring bank holiday'),
  (DATE '2064-08-25', 'Summer bank holiday'),
  (DATE '2064-12-25', 'Christmas Day'),
  (DATE '2064-12-26', 'Boxing Day'),
  (DATE '2065-01-01', 'New Year\'s Day'),
  (DATE '2065-03-27', 'Good Friday'),
  (DATE '2065-03-30', 'Easter Monday'),
  (DATE '2065-05-04', 'Early May bank holiday'),
  (DATE '2065-05-25', 'Spring bank holiday'),
  (DATE '2065-08-31', 'Summer bank holiday'),
  (DATE '2065-12-25', 'Christmas Day'),
  (DATE '2065-12-28', 'Boxing Day (substitute day)'),
  (DATE '2066-01-01', 'New Year\'s Day'),
  (DATE '2066-04-09', 'Good Friday'),
  (DATE '2066-04-12', 'Easter Monday'),
  (DATE '2066-05-03', 'Early May bank holiday'),
  (DATE '2066-05-31', 'Spring bank holiday'),
  (DATE '2066-08-30', 'Summer bank holiday'),
  (DATE '2066-12-27', 'Christmas Day (substitute day)'),
  (DATE '2066-12-28', 'Boxing Day (substitute day)'),
  (DATE '2067-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2067-04-01', 'Good Friday'),
  (DATE '2067-04-04', 'Easter Monday'),
  (DATE '2067-05-02', 'Early May bank holiday'),
  (DATE '2067-05-30', 'Spring bank holiday'),
  (DATE '2067-08-29', 'Summer bank holiday'),
  (DATE '2067-12-26', 'Boxing Day'),
  (DATE '2067-12-27', 'Christmas Day (substitute day)'),
  (DATE '2068-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2068-04-20', 'Good Friday'),
  (DATE '2068-04-23', 'Easter Monday'),
  (DATE '2068-05-07', 'Early May bank holiday'),
  (DATE '2068-05-28', 'Spring bank holiday'),
  (DATE '2068-08-27', 'Summer bank holiday'),
  (DATE '2068-12-25', 'Christmas Day'),
  (DATE '2068-12-26', 'Boxing Day'),
  (DATE '2069-01-01', 'New Year\'s Day'),
  (DATE '2069-04-12', 'Good Friday'),
  (DATE '2069-04-15', 'Easter Monday'),
  (DATE '2069-05-06', 'Early May bank holiday'),
  (DATE '2069-05-27', 'Spring bank holiday'),
  (DATE '2069-08-26', 'Summer bank holiday'),
  (DATE '2069-12-25', 'Christmas Day'),
  (DATE '2069-12-26', 'Boxing Day'),
  (DATE '2070-01-01', 'New Year\'s Day'),
  (DATE '2070-03-28', 'Good Friday'),
  (DATE '2070-03-31', 'Easter Monday'),
  (DATE '2070-05-05', 'Early May bank holiday'),
  (DATE '2070-05-26', 'Spring bank holiday'),
  (DATE '2070-08-25', 'Summer bank holiday'),
  (DATE '2070-12-25', 'Christmas Day'),
  (DATE '2070-12-26', 'Boxing Day'),
  (DATE '2071-01-01', 'New Year\'s Day'),
  (DATE '2071-04-17', 'Good Friday'),
  (DATE '2071-04-20', 'Easter Monday'),
  (DATE '2071-05-04', 'Early May bank holiday'),
  (DATE '2071-05-25', 'Spring bank holiday'),
  (DATE '2071-08-31', 'Summer bank holiday'),
  (DATE '2071-12-25', 'Christmas Day'),
  (DATE '2071-12-28', 'Boxing Day (substitute day)'),
  (DATE '2072-01-01', 'New Year\'s Day'),
  (DATE '2072-04-08', 'Good Friday'),
  (DATE '2072-04-11', 'Easter Monday'),
  (DATE '2072-05-02', 'Early May bank holiday'),
  (DATE '2072-05-30', 'Spring bank holiday'),
  (DATE '2072-08-29', 'Summer bank holiday'),
  (DATE '2072-12-26', 'Boxing Day'),
  (DATE '2072-12-27', 'Christmas Day (substitute day)'),
  (DATE '2073-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2073-03-24', 'Good Friday'),
  (DATE '2073-03-27', 'Easter Monday'),
  (DATE '2073-05-01', 'Early May bank holiday'),
  (DATE '2073-05-29', 'Spring bank holiday'),
  (DATE '2073-08-28', 'Summer bank holiday'),
  (DATE '2073-12-25', 'Christmas Day'),
  (DATE '2073-12-26', 'Boxing Day'),
  (DATE '2074-01-01', 'New Year\'s Day'),
  (DATE '2074-04-13', 'Good Friday'),
  (DATE '2074-04-16', 'Easter Monday'),
  (DATE '2074-05-07', 'Early May bank holiday'),
  (DATE '2074-05-28', 'Spring bank holiday'),
  (DATE '2074-08-27', 'Summer bank holiday'),
  (DATE '2074-12-25', 'Christmas Day'),
  (DATE '2074-12-26', 'Boxing Day'),
  (DATE '2075-01-01', 'New Year\'s Day'),
  (DATE '2075-04-05', 'Good Friday'),
  (DATE '2075-04-08', 'Easter Monday'),
  (DATE '2075-05-06', 'Early May bank holiday'),
  (DATE '2075-05-27', 'Spring bank holiday'),
  (DATE '2075-08-26', 'Summer bank holiday'),
  (DATE '2075-12-25', 'Christmas Day'),
  (DATE '2075-12-26', 'Boxing Day'),
  (DATE '2076-01-01', 'New Year\'s Day'),
  (DATE '2076-04-17', 'Good Friday'),
  (DATE '2076-04-20', 'Easter Monday'),
  (DATE '2076-05-04', 'Early May bank holiday'),
  (DATE '2076-05-25', 'Spring bank holiday'),
  (DATE '2076-08-31', 'Summer bank holiday'),
  (DATE '2076-12-25', 'Christmas Day'),
  (DATE '2076-12-28', 'Boxing Day (substitute day)'),
  (DATE '2077-01-01', 'New Year\'s Day'),
  (DATE '2077-04-09', 'Good Friday'),
  (DATE '2077-04-12', 'Easter Monday'),
  (DATE '2077-05-03', 'Early May bank holiday'),
  (DATE '2077-05-31', 'Spring bank holiday'),
  (DATE '2077-08-30', 'Summer bank holiday'),
  (DATE '2077-12-27', 'Christmas Day (substitute day)'),
  (DATE '2077-12-28', 'Boxing Day (substitute day)'),
  (DATE '2078-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2078-04-01', 'Good Friday'),
  (DATE '2078-04-04', 'Easter Monday'),
  (DATE '2078-05-02', 'Early May bank holiday'),
  (DATE '2078-05-30', 'Spring bank holiday'),
  (DATE '2078-08-29', 'Summer bank holiday'),
  (DATE '2078-12-26', 'Boxing Day'),
  (DATE '2078-12-27', 'Christmas Day (substitute day)'),
  (DATE '2079-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2079-04-21', 'Good Friday'),
  (DATE '2079-04-24', 'Easter Monday'),
  (DATE '2079-05-01', 'Early May bank holiday'),
  (DATE '2079-05-29', 'Spring bank holiday'),
  (DATE '2079-08-28', 'Summer bank holiday'),
  (DATE '2079-12-25', 'Christmas Day'),
  (DATE '2079-12-26', 'Boxing Day'),
  (DATE '2080-01-01', 'New Year\'s Day'),
  (DATE '2080-04-05', 'Good Friday'),
  (DATE '2080-04-08', 'Easter Monday'),
  (DATE '2080-05-06', 'Early May bank holiday'),
  (DATE '2080-05-27', 'Spring bank holiday'),
  (DATE '2080-08-26', 'Summer bank holiday'),
  (DATE '2080-12-25', 'Christmas Day'),
  (DATE '2080-12-26', 'Boxing Day'),
  (DATE '2081-01-01', 'New Year\'s Day'),
  (DATE '2081-03-28', 'Good Friday'),
  (DATE '2081-03-31', 'Easter Monday'),
  (DATE '2081-05-05', 'Early May bank holiday'),
  (DATE '2081-05-26', 'Spring bank holiday'),
  (DATE '2081-08-25', 'Summer bank holiday'),
  (DATE '2081-12-25', 'Christmas Day'),
  (DATE '2081-12-26', 'Boxing Day'),
  (DATE '2082-01-01', 'New Year\'s Day'),
  (DATE '2082-04-17', 'Good Friday'),
  (DATE '2082-04-20', 'Easter Monday'),
  (DATE '2082-05-04', 'Early May bank holiday'),
  (DATE '2082-05-25', 'Spring bank holiday'),
  (DATE '2082-08-31', 'Summer bank holiday'),
  (DATE '2082-12-25', 'Christmas Day'),
  (DATE '2082-12-28', 'Boxing Day (substitute day)'),
  (DATE '2083-01-01', 'New Year\'s Day'),
  (DATE '2083-04-02', 'Good Friday'),
  (DATE '2083-04-05', 'Easter Monday'),
  (DATE '2083-05-03', 'Early May bank holiday'),
  (DATE '2083-05-31', 'Spring bank holiday'),
  (DATE '2083-08-30', 'Summer bank holiday'),
  (DATE '2083-12-27', 'Christmas Day (substitute day)'),
  (DATE '2083-12-28', 'Boxing Day (substitute day)'),
  (DATE '2084-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2084-03-24', 'Good Friday'),
  (DATE '2084-03-27', 'Easter Monday'),
  (DATE '2084-05-01', 'Early May bank holiday'),
  (DATE '2084-05-29', 'Spring bank holiday'),
  (DATE '2084-08-28', 'Summer bank holiday'),
  (DATE '2084-12-25', 'Christmas Day'),
  (DATE '2084-12-26', 'Boxing Day'),
  (DATE '2085-01-01', 'New Year\'s Day'),
  (DATE '2085-04-13', 'Good Friday'),
  (DATE '2085-04-16', 'Easter Monday'),
  (DATE '2085-05-07', 'Early May bank holiday'),
  (DATE '2085-05-28', 'Spring bank holiday'),
  (DATE '2085-08-27', 'Summer bank holiday'),
  (DATE '2085-12-25', 'Christmas Day'),
  (DATE '2085-12-26', 'Boxing Day'),
  (DATE '2086-01-01', 'New Year\'s Day'),
  (DATE '2086-03-29', 'Good Friday'),
  (DATE '2086-04-01', 'Easter Monday'),
  (DATE '2086-05-06', 'Early May bank holiday'),
  (DATE '2086-05-27', 'Spring bank holiday'),
  (DATE '2086-08-26', 'Summer bank holiday'),
  (DATE '2086-12-25', 'Christmas Day'),
  (DATE '2086-12-26', 'Boxing Day'),
  (DATE '2087-01-01', 'New Year\'s Day'),
  (DATE '2087-04-18', 'Good Friday'),
  (DATE '2087-04-21', 'Easter Monday'),
  (DATE '2087-05-05', 'Early May bank holiday'),
  (DATE '2087-05-26', 'Spring bank holiday'),
  (DATE '2087-08-25', 'Summer bank holiday'),
  (DATE '2087-12-25', 'Christmas Day'),
  (DATE '2087-12-26', 'Boxing Day'),
  (DATE '2088-01-01', 'New Year\'s Day'),
  (DATE '2088-04-09', 'Good Friday'),
  (DATE '2088-04-12', 'Easter Monday'),
  (DATE '2088-05-03', 'Early May bank holiday'),
  (DATE '2088-05-31', 'Spring bank holiday'),
  (DATE '2088-08-30', 'Summer bank holiday'),
  (DATE '2088-12-27', 'Christmas Day (substitute day)'),
  (DATE '2088-12-28', 'Boxing Day (substitute day)'),
  (DATE '2089-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2089-04-01', 'Good Friday'),
  (DATE '2089-04-04', 'Easter Monday'),
  (DATE '2089-05-02', 'Early May bank holiday'),
  (DATE '2089-05-30', 'Spring bank holiday'),
  (DATE '2089-08-29', 'Summer bank holiday'),
  (DATE '2089-12-26', 'Boxing Day'),
  (DATE '2089-12-27', 'Christmas Day (substitute day)'),
  (DATE '2090-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2090-04-14', 'Good Friday'),
  (DATE '2090-04-17', 'Easter Monday'),
  (DATE '2090-05-01', 'Early May bank holiday'),
  (DATE '2090-05-29', 'Spring bank holiday'),
  (DATE '2090-08-28', 'Summer bank holiday'),
  (DATE '2090-12-25', 'Christmas Day'),
  (DATE '2090-12-26', 'Boxing Day'),
  (DATE '2091-01-01', 'New Year\'s Day'),
  (DATE '2091-04-06', 'Good Friday'),
  (DATE '2091-04-09', 'Easter Monday'),
  (DATE '2091-05-07', 'Early May bank holiday'),
  (DATE '2091-05-28', 'Spring bank holiday'),
  (DATE '2091-08-27', 'Summer bank holiday'),
  (DATE '2091-12-25', 'Christmas Day'),
  (DATE '2091-12-26', 'Boxing Day'),
  (DATE '2092-01-01', 'New Year\'s Day'),
  (DATE '2092-03-28', 'Good Friday'),
  (DATE '2092-03-31', 'Easter Monday'),
  (DATE '2092-05-05', 'Early May bank holiday'),
  (DATE '2092-05-26', 'Spring bank holiday'),
  (DATE '2092-08-25', 'Summer bank holiday'),
  (DATE '2092-12-25', 'Christmas Day'),
  (DATE '2092-12-26', 'Boxing Day'),
  (DATE '2093-01-01', 'New Year\'s Day'),
  (DATE '2093-04-10', 'Good Friday'),
  (DATE '2093-04-13', 'Easter Monday'),
  (DATE '2093-05-04', 'Early May bank holiday'),
  (DATE '2093-05-25', 'Spring bank holiday'),
  (DATE '2093-08-31', 'Summer bank holiday'),
  (DATE '2093-12-25', 'Christmas Day'),
  (DATE '2093-12-28', 'Boxing Day (substitute day)'),
  (DATE '2094-01-01', 'New Year\'s Day'),
  (DATE '2094-04-02', 'Good Friday'),
  (DATE '2094-04-05', 'Easter Monday'),
  (DATE '2094-05-03', 'Early May bank holiday'),
  (DATE '2094-05-31', 'Spring bank holiday'),
  (DATE '2094-08-30', 'Summer bank holiday'),
  (DATE '2094-12-27', 'Christmas Day (substitute day)'),
  (DATE '2094-12-28', 'Boxing Day (substitute day)'),
  (DATE '2095-01-03', 'New Year\'s Day (substitute day)'),
  (DATE '2095-04-22', 'Good Friday'),
  (DATE '2095-04-25', 'Easter Monday'),
  (DATE '2095-05-02', 'Early May bank holiday'),
  (DATE '2095-05-30', 'Spring bank holiday'),
  (DATE '2095-08-29', 'Summer bank holiday'),
  (DATE '2095-12-26', 'Boxing Day'),
  (DATE '2095-12-27', 'Christmas Day (substitute day)'),
  (DATE '2096-01-02', 'New Year\'s Day (substitute day)'),
  (DATE '2096-04-13', 'Good Friday'),
  (DATE '2096-04-16', 'Easter Monday'),
  (DATE '2096-05-07', 'Early May bank holiday'),
  (DATE '2096-05-28', 'Spring bank holiday'),
  (DATE '2096-08-27', 'Summer bank holiday'),
  (DATE '2096-12-25', 'Christmas Day'),
  (DATE '2096-12-26', 'Boxing Day'),
  (DATE '2097-01-01', 'New Year\'s Day'),
  (DATE '2097-03-29', 'Good Friday'),
  (DATE '2097-04-01', 'Easter Monday'),
  (DATE '2097-05-06', 'Early May bank holiday'),
  (DATE '2097-05-27', 'Spring bank holiday'),
  (DATE '2097-08-26', 'Summer bank holiday'),
  (DATE '2097-12-25', 'Christmas Day'),
  (DATE '2097-12-26', 'Boxing Day'),
  (DATE '2098-01-01', 'New Year\'s Day'),
  (DATE '2098-04-18', 'Good Friday'),
  (DATE '2098-04-21', 'Easter Monday'),
  (DATE '2098-05-05', 'Early May bank holiday'),
  (DATE '2098-05-26', 'Spring bank holiday'),
  (DATE '2098-08-25', 'Summer bank holiday'),
  (DATE '2098-12-25', 'Christmas Day'),
  (DATE '2098-12-26', 'Boxing Day'),
  (DATE '2099-01-01', 'New Year\'s Day'),
  (DATE '2099-04-10', 'Good Friday'),
  (DATE '2099-04-13', 'Easter Monday'),
  (DATE '2099-05-04', 'Early May bank holiday'),
  (DATE '2099-05-25', 'Spring bank holiday'),
  (DATE '2099-08-31', 'Summer bank holiday'),
  (DATE '2099-12-25', 'Christmas Day'),
  (DATE '2099-12-28', 'Boxing Day (substitute day)')
) AS closed_days(day, title);
CACHE TABLE ks_closed_day;
CREATE OR REPLACE TEMPORARY VIEW ks_day AS
SELECT day, is_working_day, SUM(is_working_day) OVER (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS working_day_number FROM (
  SELECT a.day, CASE WHEN ((dayofweek(a.day) + 5) % 7 + 1) IN (7, 6) OR c.day IS NOT NULL THEN 0 ELSE 1 END AS is_working_day FROM (SELECT explode(sequence(DATE '1970-01-01', DATE '2099-12-31', INTERVAL 1 DAY)) AS day) AS a LEFT JOIN ks_closed_day AS c ON c.day = a.day
) AS w;
CACHE TABLE ks_day;

-- The events each figure counts, one row per event and period, as known at the period's horizon (the later of its end and the snapshot).
CREATE OR REPLACE TEMPORARY VIEW ks_episode_known AS
SELECT child_id, episode_id, MIN(day) AS known_from FROM (
  SELECT child_id, episode_id, referral_date AS day FROM episodes
  UNION ALL SELECT child_id, episode_id, start_date FROM assessments
  UNION ALL SELECT child_id, episode_id, start_date FROM section47_enquiries
  UNION ALL SELECT child_id, episode_id, start_date FROM cin_plans
  UNION ALL SELECT child_id, episode_id, start_date FROM cp_plans
) AS dated GROUP BY child_id, episode_id;
CACHE TABLE ks_episode_known;
CREATE OR REPLACE TEMPORARY VIEW ks_episode AS
SELECT p.period_id, e.child_id, e.episode_id, e.referral_date, e.referral_source, e.primary_need,
  CASE WHEN e.referral_nfa = TRUE THEN 1 ELSE 0 END AS nfa,
  CASE WHEN e.closure_date <= p.horizon THEN e.closure_date END AS closure_date,
  CASE WHEN e.closure_date <= p.horizon THEN e.closure_reason END AS closure_reason,
  CASE WHEN e.episode_icpc_date <= p.horizon THEN e.episode_icpc_date END AS episode_icpc_date
FROM ks_period AS p
CROSS JOIN episodes AS e
JOIN ks_episode_known AS k ON k.child_id = e.child_id AND k.episode_id = e.episode_id
WHERE k.known_from <= p.horizon;
CACHE TABLE ks_episode;
CREATE OR REPLACE TEMPORARY VIEW ks_referral AS
SELECT r.period_id, r.child_id, r.episode_id, r.referral_date, r.nfa,
  CASE WHEN r.closure_date <= p.period_end AND r.closure_reason IN ('RC8', 'RC9') THEN 1 ELSE 0 END AS not_in_need,
  CASE WHEN r.closure_date <= p.period_end AND r.closure_reason = 'RC8' THEN 1 ELSE 0 END AS closed_rc8,
  CASE WHEN r.closure_date <= p.period_end AND r.closure_reason = 'RC9' THEN 1 ELSE 0 END AS closed_rc9,
  CASE WHEN rr.episode_id IS NULL THEN 0 ELSE 1 END AS re_referral,
  CASE WHEN lx.episode_id IS NOT NULL THEN 'lac'
    WHEN cpx.episode_id IS NOT NULL THEN 'cp'
    WHEN cinx.episode_id IS NOT NULL THEN 'cin'
    WHEN r.nfa = 1 THEN 'nfa'
    WHEN r.closure_date <= p.period_end AND r.closure_reason = 'RC9' THEN 'early-help'
    WHEN r.closure_date <= p.period_end AND r.closure_reason = 'RC8' THEN 'nfa'
    WHEN r.closure_date <= p.period_end OR ax.episode_id IS NOT NULL THEN 'cin'
    ELSE 'pending' END AS outcome,
  CASE WHEN r.referral_source IN ('1A', '1B', '1C', '1D') THEN '1' WHEN r.referral_source IN ('2A', '2B') THEN '2' WHEN r.referral_source IN ('3A', '3B', '3C', '3D', '3E', '3F') THEN '3' WHEN r.referral_source IN ('4') THEN '4' WHEN r.referral_source IN ('5A', '5B', '5C', '5D') THEN '5' WHEN r.referral_source IN ('6') THEN '6' WHEN r.referral_source IN ('7') THEN '7' WHEN r.referral_source IN ('8') THEN '8' WHEN r.referral_source IN ('9') THEN '9' WHEN r.referral_source IN ('10') THEN '10' ELSE 'not-recorded' END AS source_group,
  CASE WHEN r.referral_source IN ('1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '4', '5A', '5B', '5C', '5D', '6', '7', '8', '9', '10') THEN r.referral_source ELSE 'not-recorded' END AS source_code,
  CASE WHEN ch.dob IS NULL THEN CASE WHEN ch.expected_dob IS NOT NULL THEN 'unborn' ELSE 'not-recorded' END
    WHEN r.referral_date < ch.dob THEN 'unborn' WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 12), -12) = ch.dob THEN CASE WHEN add_months(ch.dob, 12) <= r.referral_date THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 12) < r.referral_date THEN 1 ELSE 0 END END) = 1 THEN 'under-1' WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 60), -60) = ch.dob THEN CASE WHEN add_months(ch.dob, 60) <= r.referral_date THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 60) < r.referral_date THEN 1 ELSE 0 END END) = 1 THEN '1-to-4'
    WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 120), -120) = ch.dob THEN CASE WHEN add_months(ch.dob, 120) <= r.referral_date THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 120) < r.referral_date THEN 1 ELSE 0 END END) = 1 THEN '5-to-9' WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 192), -192) = ch.dob THEN CASE WHEN add_months(ch.dob, 192) <= r.referral_date THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 192) < r.referral_date THEN 1 ELSE 0 END END) = 1 THEN '10-to-15' ELSE '16-and-over' END AS age_band
FROM ks_episode AS r
JOIN ks_period AS p ON p.period_id = r.period_id
LEFT JOIN children AS ch ON ch.child_id = r.child_id
LEFT JOIN (
  SELECT DISTINCT i.period_id, i.child_id, i.episode_id FROM ks_episode AS i
  JOIN ks_episode AS j ON j.period_id = i.period_id AND j.child_id = i.child_id
  WHERE j.referral_date < i.referral_date AND i.referral_date <= add_months(j.referral_date, 12)
) AS rr ON rr.period_id = r.period_id AND rr.child_id = r.child_id AND rr.episode_id = r.episode_id
LEFT JOIN (
  SELECT DISTINCT e.period_id, e.child_id, e.episode_id FROM ks_episode AS e
  JOIN ks_period AS p2 ON p2.period_id = e.period_id
  JOIN looked_after_episodes AS l ON l.child_id = e.child_id
  WHERE (l.legal_status IS NULL OR l.legal_status NOT IN ('V3', 'V4')) AND l.start_date >= e.referral_date
    AND l.start_date <= CASE WHEN e.closure_date < p2.period_end THEN e.closure_date ELSE p2.period_end END
) AS lx ON lx.period_id = r.period_id AND lx.child_id = r.child_id AND lx.episode_id = r.episode_id
LEFT JOIN (SELECT DISTINCT e.period_id, e.child_id, e.episode_id FROM ks_episode AS e JOIN ks_period AS p2 ON p2.period_id = e.period_id JOIN cp_plans AS x ON x.child_id = e.child_id AND x.episode_id = e.episode_id WHERE x.start_date <= p2.period_end) AS cpx ON cpx.period_id = r.period_id AND cpx.child_id = r.child_id AND cpx.episode_id = r.episode_id
LEFT JOIN (SELECT DISTINCT e.period_id, e.child_id, e.episode_id FROM ks_episode AS e JOIN ks_period AS p2 ON p2.period_id = e.period_id JOIN cin_plans AS x ON x.child_id = e.child_id AND x.episode_id = e.episode_id WHERE x.start_date <= p2.period_end) AS cinx ON cinx.period_id = r.period_id AND cinx.child_id = r.child_id AND cinx.episode_id = r.episode_id
LEFT JOIN (SELECT DISTINCT e.period_id, e.child_id, e.episode_id FROM ks_episode AS e JOIN ks_period AS p2 ON p2.period_id = e.period_id JOIN assessments AS x ON x.child_id = e.child_id AND x.episode_id = e.episode_id WHERE x.start_date <= p2.horizon AND x.authorisation_date <= p2.period_end) AS ax ON ax.period_id = r.period_id AND ax.child_id = r.child_id AND ax.episode_id = r.episode_id
WHERE r.referral_date >= p.period_start AND r.referral_date <= p.period_end;
CACHE TABLE ks_referral;
CREATE OR REPLACE TEMPORARY VIEW ks_assessment_row AS
SELECT ROW_NUMBER() OVER (ORDER BY child_id, episode_id, assessment_id, start_date, authorisation_date, factors) AS asm_n, child_id, episode_id, start_date, authorisation_date, factors FROM assessments;
CACHE TABLE ks_assessment_row;
CREATE OR REPLACE TEMPORARY VIEW ks_assessment_code AS
SELECT DISTINCT asm_n, item AS factor FROM (SELECT t.asm_n, t.factors, explode(split(t.factors, ';')) AS item FROM ks_assessment_row AS t WHERE t.factors IS NOT NULL) AS f WHERE item IN ('1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C', '7A', '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A', '18A', '18B', '18C', '19A', '19B', '19C', '20', '21', '22A', '23A', '24A');
CACHE TABLE ks_assessment_code;
CREATE OR REPLACE TEMPORARY VIEW ks_assessment AS
SELECT e.period_id, e.child_id, a.asm_n,
  CASE WHEN a.start_date < e.referral_date THEN NULL ELSE CASE WHEN da.working_day_number - ds.working_day_number >= 0 THEN da.working_day_number - ds.working_day_number END END AS working_days,
  CASE WHEN hf.asm_n IS NULL THEN 0 ELSE 1 END AS has_factor
FROM ks_episode AS e
JOIN ks_period AS p ON p.period_id = e.period_id
JOIN ks_assessment_row AS a ON a.child_id = e.child_id AND a.episode_id = e.episode_id
LEFT JOIN (SELECT DISTINCT asm_n FROM ks_assessment_code) AS hf ON hf.asm_n = a.asm_n
LEFT JOIN ks_day AS ds ON ds.day = a.start_date
LEFT JOIN ks_day AS da ON da.day = a.authorisation_date
WHERE a.start_date <= p.horizon AND a.authorisation_date >= p.period_start AND a.authorisation_date <= p.period_end;
CACHE TABLE ks_assessment;
CREATE OR REPLACE TEMPORARY VIEW ks_assessment_factor AS
SELECT a.period_id, a.child_id, c.factor FROM ks_assessment AS a JOIN ks_assessment_code AS c ON c.asm_n = a.asm_n;
CACHE TABLE ks_assessment_factor;
CREATE OR REPLACE TEMPORARY VIEW ks_s47 AS
SELECT e.period_id, e.child_id
FROM ks_episode AS e
JOIN ks_period AS p ON p.period_id = e.period_id
JOIN section47_enquiries AS s ON s.child_id = e.child_id AND s.episode_id = e.episode_id
WHERE s.start_date >= p.period_start AND s.start_date <= p.period_end;
CACHE TABLE ks_s47;
CREATE OR REPLACE TEMPORARY VIEW ks_icpc AS
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
WHERE e.episode_icpc_date >= p.period_start AND e.episode_icpc_date <= p.period_end AND dup.episode_id IS NULL;
CACHE TABLE ks_icpc;
CREATE OR REPLACE TEMPORARY VIEW ks_plan AS
SELECT ROW_NUMBER() OVER (ORDER BY child_id, plan_type, start_date, end_date) AS plan_n, child_id, plan_type, start_date, end_date, bad, previous FROM (
  SELECT x.child_id, 'cin' AS plan_type, x.start_date, x.end_date, CASE WHEN x.start_date < e.referral_date THEN 1 ELSE 0 END AS bad, CAST(NULL AS INT) AS previous
  FROM cin_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id
  UNION ALL
  SELECT x.child_id, 'cp' AS plan_type, x.start_date, x.end_date, CASE WHEN x.start_date < e.referral_date THEN 1 ELSE 0 END AS bad, x.number_of_previous_cpp AS previous
  FROM cp_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id
  UNION ALL
  SELECT x.child_id, 'early-help' AS plan_type, x.start_date, x.end_date, 0 AS bad, CAST(NULL AS INT) AS previous
  FROM early_help_episodes AS x
) AS plans;
CACHE TABLE ks_plan;
CREATE OR REPLACE TEMPORARY VIEW ks_lac_chain AS
SELECT period_id, child_id, episode_id, rn, start_date, end_date, rec, rne, legal_status, placement_type, is_new, care_n, new_place, new_spell,
  SUM(new_place) OVER (PARTITION BY period_id, child_id ORDER BY rn ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS place_n, SUM(new_spell) OVER (PARTITION BY period_id, child_id ORDER BY rn ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS spell_n,
  CASE WHEN LEAD(care_n) OVER (PARTITION BY period_id, child_id ORDER BY rn) IS NULL OR LEAD(care_n) OVER (PARTITION BY period_id, child_id ORDER BY rn) <> care_n THEN 1 ELSE 0 END AS last_of_care
FROM (
  SELECT period_id, child_id, episode_id, rn, start_date, end_date, rec, rne, legal_status, placement_type, is_new, SUM(is_new) OVER (PARTITION BY period_id, child_id ORDER BY rn ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS care_n,
    CASE WHEN is_new = 1 OR rne IS NULL OR rne <> 'L' THEN 1 ELSE 0 END AS new_place,
    CASE WHEN is_new = 1 OR rne IN ('P', 'B') THEN 1 ELSE 0 END AS new_spell
  FROM (
    SELECT period_id, child_id, episode_id, start_date, end_date, rec, rne, legal_status, placement_type, ROW_NUMBER() OVER (PARTITION BY period_id, child_id ORDER BY start_date, episode_id) AS rn,
      CASE WHEN ROW_NUMBER() OVER (PARTITION BY period_id, child_id ORDER BY start_date, episode_id) = 1 OR rne_s = 1 OR LAG(x1) OVER (PARTITION BY period_id, child_id ORDER BY start_date, episode_id) = 0 OR LAG(end_date) OVER (PARTITION BY period_id, child_id ORDER BY start_date, episode_id) IS NULL OR LAG(end_date) OVER (PARTITION BY period_id, child_id ORDER BY start_date, episode_id) <> start_date THEN 1 ELSE 0 END AS is_new
    FROM (
      SELECT p.period_id, l.child_id, l.episode_id, l.start_date, CASE WHEN l.end_date <= p.horizon THEN l.end_date END AS end_date,
        CASE WHEN l.end_date <= p.horizon THEN l.reason_episode_ceased END AS rec,
        l.reason_for_new_episode AS rne, l.legal_status, l.placement_type,
        CASE WHEN l.end_date <= p.horizon AND l.reason_episode_ceased = 'X1' THEN 1 ELSE 0 END AS x1,
        CASE WHEN l.reason_for_new_episode = 'S' THEN 1 ELSE 0 END AS rne_s
      FROM ks_period AS p CROSS JOIN looked_after_episodes AS l
      WHERE l.start_date <= p.horizon AND (l.legal_status IS NULL OR l.legal_status NOT IN ('V3', 'V4'))
    ) AS episodes_known
  ) AS flagged
) AS numbered;
CACHE TABLE ks_lac_chain;
CREATE OR REPLACE TEMPORARY VIEW ks_care_period AS
SELECT s.period_id, s.child_id, s.care_n, s.start_date, s.legal_status, l.end_date, l.rec
FROM ks_lac_chain AS s
JOIN ks_lac_chain AS l ON l.period_id = s.period_id AND l.child_id = s.child_id AND l.care_n = s.care_n AND l.last_of_care = 1
WHERE s.is_new = 1;
CACHE TABLE ks_care_period;
CREATE OR REPLACE TEMPORARY VIEW ks_plan_known AS
SELECT p.period_id, n.plan_n, n.child_id, n.plan_type, n.start_date, CASE WHEN n.end_date <= p.horizon THEN n.end_date END AS end_date, n.bad, n.previous
FROM ks_period AS p CROSS JOIN ks_plan AS n WHERE n.start_date <= p.horizon
UNION ALL
SELECT period_id, care_n AS plan_n, child_id, 'lac' AS plan_type, start_date, end_date, 0 AS bad, CAST(NULL AS INT) AS previous FROM ks_care_period;
CACHE TABLE ks_plan_known;
CREATE OR REPLACE TEMPORARY VIEW ks_plan_end AS
SELECT n.period_id, n.child_id, n.plan_type,
  CASE WHEN n.end_date <= add_months(n.start_date, 3) THEN '3-months-or-less' WHEN n.end_date <= add_months(n.start_date, 6) THEN '3-to-6-months' WHEN n.end_date < add_months(n.start_date, 12) THEN '6-months-to-1-year' WHEN n.end_date < add_months(n.start_date, 24) THEN '1-to-2-years' ELSE '2-years-or-more' END AS band,
  CASE WHEN n.end_date > add_months(n.start_date, 6) THEN 1 ELSE 0 END AS more_than_6_months,
  CASE WHEN n.end_date >= add_months(n.start_date, 12) THEN 1 ELSE 0 END AS one_year_or_more,
  CASE WHEN n.end_date >= add_months(n.start_date, 24) THEN 1 ELSE 0 END AS two_years_or_more
FROM ks_plan_known AS n JOIN ks_period AS p ON p.period_id = n.period_id
WHERE n.bad = 0 AND n.end_date >= p.period_start AND n.end_date <= p.period_end;
CACHE TABLE ks_plan_end;
CREATE OR REPLACE TEMPORARY VIEW ks_plan_start AS
SELECT n.period_id, n.child_id, n.plan_type,
  CASE WHEN r12.plan_n IS NULL THEN 0 ELSE 1 END AS within_12_months,
  CASE WHEN r24.plan_n IS NULL THEN 0 ELSE 1 END AS within_24_months,
  CASE WHEN pa.plan_n IS NOT NULL OR n.previous >= 1 THEN 1 ELSE 0 END AS previous_plan,
  CASE WHEN n.plan_type = 'cp' AND n.start_date = MIN(n.start_date) OVER (PARTITION BY n.period_id, n.child_id, n.plan_type) THEN CASE WHEN ch.dob IS NULL THEN CASE WHEN ch.expected_dob IS NOT NULL THEN 'unborn' ELSE 'not-recorded' END
    WHEN n.start_date < ch.dob THEN 'unborn' WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 12), -12) = ch.dob THEN CASE WHEN add_months(ch.dob, 12) <= n.start_date THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 12) < n.start_date THEN 1 ELSE 0 END END) = 1 THEN 'under-1' WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 60), -60) = ch.dob THEN CASE WHEN add_months(ch.dob, 60) <= n.start_date THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 60) < n.start_date THEN 1 ELSE 0 END END) = 1 THEN '1-to-4'
    WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 120), -120) = ch.dob THEN CASE WHEN add_months(ch.dob, 120) <= n.start_date THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 120) < n.start_date THEN 1 ELSE 0 END END) = 1 THEN '5-to-9' WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 192), -192) = ch.dob THEN CASE WHEN add_months(ch.dob, 192) <= n.start_date THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 192) < n.start_date THEN 1 ELSE 0 END END) = 1 THEN '10-to-15' ELSE '16-and-over' END END AS first_age_band
FROM ks_plan_known AS n
JOIN ks_period AS p ON p.period_id = n.period_id
LEFT JOIN children AS ch ON ch.child_id = n.child_id
LEFT JOIN (SELECT DISTINCT i.period_id, i.child_id, i.plan_type, i.plan_n FROM ks_plan_known AS i JOIN ks_plan_known AS j ON j.period_id = i.period_id AND j.child_id = i.child_id AND j.plan_type = i.plan_type AND j.plan_n <> i.plan_n WHERE j.end_date IS NOT NULL AND j.end_date <= i.start_date AND j.start_date <= i.start_date AND i.start_date <= add_months(j.end_date, 12)) AS r12 ON r12.period_id = n.period_id AND r12.child_id = n.child_id AND r12.plan_type = n.plan_type AND r12.plan_n = n.plan_n
LEFT JOIN (SELECT DISTINCT i.period_id, i.child_id, i.plan_type, i.plan_n FROM ks_plan_known AS i JOIN ks_plan_known AS j ON j.period_id = i.period_id AND j.child_id = i.child_id AND j.plan_type = i.plan_type AND j.plan_n <> i.plan_n WHERE j.end_date IS NOT NULL AND j.end_date <= i.start_date AND j.start_date <= i.start_date AND i.start_date <= add_months(j.end_date, 24)) AS r24 ON r24.period_id = n.period_id AND r24.child_id = n.child_id AND r24.plan_type = n.plan_type AND r24.plan_n = n.plan_n
LEFT JOIN (SELECT DISTINCT i.period_id, i.child_id, i.plan_type, i.plan_n FROM ks_plan_known AS i JOIN ks_plan_known AS j ON j.period_id = i.period_id AND j.child_id = i.child_id AND j.plan_type = i.plan_type AND j.plan_n <> i.plan_n WHERE j.start_date < i.start_date) AS pa ON pa.period_id = n.period_id AND pa.child_id = n.child_id AND pa.plan_type = n.plan_type AND pa.plan_n = n.plan_n
WHERE n.start_date >= p.period_start AND n.start_date <= p.period_end;
CACHE TABLE ks_plan_start;
CREATE OR REPLACE TEMPORARY VIEW ks_open AS
SELECT o.period_id, o.child_id, o.kind, CASE WHEN ch.dob IS NULL THEN CASE WHEN ch.expected_dob IS NOT NULL THEN 'unborn' ELSE 'not-recorded' END
    WHEN p.snapshot < ch.dob THEN 'unborn' WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 12), -12) = ch.dob THEN CASE WHEN add_months(ch.dob, 12) <= p.snapshot THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 12) < p.snapshot THEN 1 ELSE 0 END END) = 1 THEN 'under-1' WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 60), -60) = ch.dob THEN CASE WHEN add_months(ch.dob, 60) <= p.snapshot THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 60) < p.snapshot THEN 1 ELSE 0 END END) = 1 THEN '1-to-4'
    WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 120), -120) = ch.dob THEN CASE WHEN add_months(ch.dob, 120) <= p.snapshot THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 120) < p.snapshot THEN 1 ELSE 0 END END) = 1 THEN '5-to-9' WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 192), -192) = ch.dob THEN CASE WHEN add_months(ch.dob, 192) <= p.snapshot THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 192) < p.snapshot THEN 1 ELSE 0 END END) = 1 THEN '10-to-15' ELSE '16-and-over' END AS age_band FROM (
SELECT e.period_id, e.child_id, 'in-need' AS kind FROM ks_episode AS e JOIN ks_period AS p ON p.period_id = e.period_id WHERE e.nfa = 0 AND e.referral_date <= p.snapshot AND (e.closure_date IS NULL OR e.closure_date > p.snapshot)
UNION ALL
SELECT p.period_id, x.child_id, 'cin' AS kind FROM ks_period AS p CROSS JOIN cin_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id WHERE x.start_date <= p.snapshot AND (x.end_date IS NULL OR x.end_date > p.snapshot)
UNION ALL
SELECT p.period_id, x.child_id, 'cp' AS kind FROM ks_period AS p CROSS JOIN cp_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id WHERE x.start_date <= p.snapshot AND (x.end_date IS NULL OR x.end_date > p.snapshot)
UNION ALL
SELECT p.period_id, x.child_id, 'early-help' AS kind FROM ks_period AS p CROSS JOIN early_help_episodes AS x WHERE x.start_date <= p.snapshot AND (x.end_date IS NULL OR x.end_date > p.snapshot)
UNION ALL
SELECT p.period_id, x.child_id, 'lac' AS kind FROM ks_period AS p CROSS JOIN looked_after_episodes AS x WHERE (x.legal_status IS NULL OR x.legal_status NOT IN ('V3', 'V4')) AND x.start_date <= p.snapshot AND (x.end_date IS NULL OR x.end_date > p.snapshot)
) AS o
JOIN ks_period AS p ON p.period_id = o.period_id
LEFT JOIN children AS ch ON ch.child_id = o.child_id;
CACHE TABLE ks_open;
CREATE OR REPLACE TEMPORARY VIEW ks_snap_need AS
SELECT period_id, child_id, need FROM (
  SELECT e.period_id, e.child_id, CASE WHEN e.primary_need IN ('N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9') THEN e.primary_need ELSE 'not-recorded' END AS need,
    ROW_NUMBER() OVER (PARTITION BY e.period_id, e.child_id ORDER BY e.referral_date DESC, e.episode_id DESC) AS k
  FROM ks_episode AS e JOIN ks_period AS p ON p.period_id = e.period_id
  WHERE e.nfa = 0 AND e.referral_date <= p.snapshot AND (e.closure_date IS NULL OR e.closure_date > p.snapshot)
) AS open_episodes WHERE k = 1;
CACHE TABLE ks_snap_need;
CREATE OR REPLACE TEMPORARY VIEW ks_cp_snap AS
SELECT period_id, child_id, initial_category, latest_category FROM (
  SELECT p.period_id, x.child_id, CASE WHEN x.initial_category IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL') THEN x.initial_category ELSE 'not-recorded' END AS initial_category, CASE WHEN x.latest_category IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL') THEN x.latest_category ELSE 'not-recorded' END AS latest_category,
    ROW_NUMBER() OVER (PARTITION BY p.period_id, x.child_id ORDER BY x.start_date DESC, x.episode_id DESC, x.plan_id DESC) AS k
  FROM ks_period AS p CROSS JOIN cp_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id
  WHERE x.start_date <= p.snapshot AND (x.end_date IS NULL OR x.end_date > p.snapshot)
) AS plans WHERE k = 1;
CACHE TABLE ks_cp_snap;
CREATE OR REPLACE TEMPORARY VIEW ks_cp_first AS
SELECT period_id, child_id, initial_category, latest_category FROM (
  SELECT p.period_id, x.child_id, CASE WHEN x.initial_category IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL') THEN x.initial_category ELSE 'not-recorded' END AS initial_category, CASE WHEN x.latest_category IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL') THEN x.latest_category ELSE 'not-recorded' END AS latest_category,
    ROW_NUMBER() OVER (PARTITION BY p.period_id, x.child_id ORDER BY x.start_date, x.episode_id, x.plan_id) AS k
  FROM ks_period AS p CROSS JOIN cp_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id
  WHERE x.start_date >= p.period_start AND x.start_date <= p.period_end
) AS plans WHERE k = 1;
CACHE TABLE ks_cp_first;
CREATE OR REPLACE TEMPORARY VIEW ks_proceedings AS
SELECT p.period_id, x.child_id, x.pre_proceedings_start, x.issue_date, x.final_order_date, p.period_start, p.period_end, p.horizon
FROM ks_period AS p CROSS JOIN care_proceedings AS x
WHERE x.pre_proceedings_start <= p.horizon OR x.pre_proceedings_end <= p.horizon OR x.issue_date <= p.horizon OR x.final_order_date <= p.horizon
  OR (x.pre_proceedings_start IS NULL AND x.pre_proceedings_end IS NULL AND x.issue_date IS NULL AND x.final_order_date IS NULL);
CACHE TABLE ks_proceedings;
CREATE OR REPLACE TEMPORARY VIEW ks_issued AS
SELECT period_id, child_id,
  CASE WHEN pre_proceedings_start <= horizon THEN CASE WHEN datediff(issue_date, pre_proceedings_start) >= 0 THEN datediff(issue_date, pre_proceedings_start) END END AS days
FROM ks_proceedings WHERE issue_date >= period_start AND issue_date <= period_end;
CACHE TABLE ks_issued;
CREATE OR REPLACE TEMPORARY VIEW ks_concluded AS
SELECT period_id, child_id,
  CASE WHEN issue_date <= horizon THEN CASE WHEN datediff(final_order_date, issue_date) >= 0 THEN datediff(final_order_date, issue_date) END END AS days
FROM ks_proceedings WHERE final_order_date >= period_start AND final_order_date <= period_end;
CACHE TABLE ks_concluded;
CREATE OR REPLACE TEMPORARY VIEW ks_lac_place AS
SELECT x.period_id, x.child_id, x.start_date, CASE WHEN x.next_new = 0 THEN x.next_start ELSE c.end_date END AS end_date
FROM (
  SELECT period_id, child_id, care_n, start_date, LEAD(start_date) OVER (PARTITION BY period_id, child_id ORDER BY rn) AS next_start, LEAD(is_new) OVER (PARTITION BY period_id, child_id ORDER BY rn) AS next_new
  FROM ks_lac_chain WHERE new_place = 1
) AS x
JOIN ks_care_period AS c ON c.period_id = x.period_id AND c.child_id = x.child_id AND c.care_n = x.care_n;
CACHE TABLE ks_lac_place;
CREATE OR REPLACE TEMPORARY VIEW ks_lac_spell AS
SELECT period_id, child_id, spell_n, start_date AS spell_start,
  CASE WHEN is_new = 1 THEN NULL ELSE LAG(start_date) OVER (PARTITION BY period_id, child_id ORDER BY rn) END AS prev_spell_start
FROM ks_lac_chain WHERE new_spell = 1;
CACHE TABLE ks_lac_spell;
CREATE OR REPLACE TEMPORARY VIEW ks_lac_snap AS
SELECT a.period_id, a.child_id, a.place_group, c.start_date AS care_start,
  CASE WHEN COALESCE(pl.n, 0) >= 3 THEN 1 ELSE 0 END AS unstable,
  CASE WHEN ch.uasc = TRUE THEN 1 ELSE 0 END AS uasc,
  CASE WHEN c.start_date <= add_months(p.snapshot, -30) AND ch.dob IS NOT NULL AND p.snapshot < add_months(ch.dob, 192) THEN 1 ELSE 0 END AS long_den,
  CASE WHEN c.start_date <= add_months(p.snapshot, -30) AND ch.dob IS NOT NULL AND p.snapshot < add_months(ch.dob, 192) AND CASE WHEN a.place_group = 'placed-for-adoption' AND s.prev_spell_start IS NOT NULL THEN s.prev_spell_start ELSE s.spell_start END <= add_months(p.snapshot, -24) THEN 1 ELSE 0 END AS long_num
FROM (
  SELECT x.period_id, x.child_id, x.care_n, x.spell_n, CASE WHEN x.placement_type IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6') THEN 'foster' WHEN x.placement_type IN ('A3', 'A4', 'A5', 'A6') THEN 'placed-for-adoption' WHEN x.placement_type IN ('P1') THEN 'placed-with-parents' WHEN x.placement_type IN ('P2', 'P3') THEN 'other-community' WHEN x.placement_type IN ('K1', 'K2', 'K3', 'H5') THEN 'secure-childrens-homes-semi-independent' WHEN x.placement_type IN ('R1', 'R2', 'R3', 'R5') THEN 'other-residential' WHEN x.placement_type IN ('S1') THEN 'residential-schools' WHEN x.placement_type IN ('Z1', 'Z11', 'Z12', 'Z13', 'Z14', 'T0', 'T1', 'T2', 'T3', 'T4') THEN 'other' ELSE 'not-a-code' END AS place_group, ROW_NUMBER() OVER (PARTITION BY x.period_id, x.child_id ORDER BY x.rn DESC) AS k
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
WHERE a.k = 1;
CACHE TABLE ks_lac_snap;
CREATE OR REPLACE TEMPORARY VIEW ks_lac_start AS
SELECT a.period_id, a.child_id, CASE WHEN a.k = 1 THEN a.ls_group END AS ls_group, CASE WHEN ch.uasc = TRUE THEN 1 ELSE 0 END AS uasc,
  CASE WHEN a.k = 1 THEN CASE WHEN ch.dob IS NULL THEN CASE WHEN ch.expected_dob IS NOT NULL THEN 'unborn' ELSE 'not-recorded' END
    WHEN a.start_date < ch.dob THEN 'unborn' WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 12), -12) = ch.dob THEN CASE WHEN add_months(ch.dob, 12) <= a.start_date THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 12) < a.start_date THEN 1 ELSE 0 END END) = 1 THEN 'under-1' WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 60), -60) = ch.dob THEN CASE WHEN add_months(ch.dob, 60) <= a.start_date THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 60) < a.start_date THEN 1 ELSE 0 END END) = 1 THEN '1-to-4'
    WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 120), -120) = ch.dob THEN CASE WHEN add_months(ch.dob, 120) <= a.start_date THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 120) < a.start_date THEN 1 ELSE 0 END END) = 1 THEN '5-to-9' WHEN NOT (CASE WHEN add_months(add_months(ch.dob, 192), -192) = ch.dob THEN CASE WHEN add_months(ch.dob, 192) <= a.start_date THEN 1 ELSE 0 END ELSE CASE WHEN add_months(ch.dob, 192) < a.start_date THEN 1 ELSE 0 END END) = 1 THEN '10-to-15' ELSE '16-and-over' END END AS age_band
FROM (
  SELECT c.period_id, c.child_id, c.start_date, CASE WHEN c.legal_status IN ('C1', 'C2') THEN 'care-order' WHEN c.legal_status IN ('E1', 'D1') THEN 'placement-order' WHEN c.legal_status IN ('V2') THEN 'voluntary-agreement' WHEN c.legal_status IN ('L1', 'L2', 'L3') THEN 'detained-for-child-protection' WHEN c.legal_status IN ('J1', 'J2', 'J3') THEN 'youth-justice' WHEN c.legal_status IN ('V3', 'V4') THEN 'short-breaks' ELSE 'not-a-code' END AS ls_group, ROW_NUMBER() OVER (PARTITION BY c.period_id, c.child_id ORDER BY c.care_n) AS k
  FROM ks_care_period AS c JOIN ks_period AS p ON p.period_id = c.period_id
  WHERE c.start_date >= p.period_start AND c.start_date <= p.period_end
) AS a
LEFT JOIN children AS ch ON ch.child_id = a.child_id;
CACHE TABLE ks_lac_start;
CREATE OR REPLACE TEMPORARY VIEW ks_lac_cease AS
SELECT period_id, child_id, rec_group FROM (
  SELECT c.period_id, c.child_id, CASE WHEN c.rec IN ('E11', 'E12') THEN 'adopted' WHEN c.rec IN ('E2') THEN 'died' WHEN c.rec IN ('E3') THEN 'care-taken-over' WHEN c.rec IN ('E4A', 'E4B') THEN 'returned-home' WHEN c.rec IN ('E13') THEN 'living-with-no-pr' WHEN c.rec IN ('E41') THEN 'child-arrangements-order' WHEN c.rec IN ('E43', 'E44', 'E45', 'E46', 'E47', 'E48') THEN 'special-guardianship' WHEN c.rec IN ('E5', 'E6') THEN 'independent-living' WHEN c.rec IN ('E7') THEN 'adult-social-care' WHEN c.rec IN ('E9') THEN 'custody' WHEN c.rec IN ('E14') THEN 'remand-ended' WHEN c.rec IN ('E15') THEN 'age-assessment' WHEN c.rec IN ('E16') THEN 'moved-abroad' WHEN c.rec IN ('E17') THEN 'stayed-with-carers' WHEN c.rec IN ('E8') THEN 'other' WHEN c.rec IN ('X1') THEN 'x1' ELSE 'not-a-code' END AS rec_group, ROW_NUMBER() OVER (PARTITION BY c.period_id, c.child_id ORDER BY c.end_date DESC, c.care_n DESC) AS k
  FROM ks_care_period AS c JOIN ks_period AS p ON p.period_id = c.period_id
  WHERE c.end_date >= p.period_start AND c.end_date <= p.period_end AND (c.rec IS NULL OR c.rec <> 'X1')
) AS a WHERE k = 1;
CACHE TABLE ks_lac_cease;
CREATE OR REPLACE TEMPORARY VIEW ks_lac_during AS
SELECT a.period_id, a.child_id, COALESCE(m.missing_n, 0) AS missing_n, COALESCE(m.away_n, 0) AS away_n
FROM (
  SELECT DISTINCT x.period_id, x.child_id FROM ks_lac_chain AS x JOIN ks_period AS p ON p.period_id = x.period_id
  WHERE x.start_date <= p.period_end AND (x.end_date IS NULL OR x.end_date >= p.period_start)
) AS a
LEFT JOIN (
  SELECT p.period_id, i.child_id,
    SUM(CASE WHEN i.missing_type = 'M' THEN 1 ELSE 0 END) AS missing_n,
    SUM(CASE WHEN i.missing_type = 'A' THEN 1 ELSE 0 END) AS away_n
  FROM ks_period AS p JOIN missing_incidents AS i ON i.start_date >= p.period_start AND i.start_date <= p.period_end
  GROUP BY p.period_id, i.child_id
) AS m ON m.period_id = a.period_id AND m.child_id = a.child_id;
CACHE TABLE ks_lac_during;
CREATE OR REPLACE TEMPORARY VIEW ks_review AS
SELECT ROW_NUMBER() OVER (ORDER BY child_id, `date`, review_id) AS review_n, child_id, `date` AS review_date FROM looked_after_reviews WHERE `date` IS NOT NULL;
CACHE TABLE ks_review;
CREATE OR REPLACE TEMPORARY VIEW ks_lac_review AS
SELECT b.period_id, b.child_id, b.care_n,
  CASE WHEN b.care_n IS NULL THEN 0 WHEN b.before_n > 0 THEN 1 WHEN dr.day IS NULL OR ds.day IS NULL THEN 0 ELSE 1 END AS tested,
  CASE WHEN b.care_n IS NULL THEN 0
    WHEN b.before_n = 0 THEN CASE WHEN dr.working_day_number - ds.working_day_number <= 20 THEN 1 ELSE 0 END
    WHEN b.before_n = 1 THEN CASE WHEN b.review_date <= add_months(b.prev_date, 3) THEN 1 ELSE 0 END
    ELSE CASE WHEN b.review_date <= add_months(b.prev_date, 6) THEN 1 ELSE 0 END END AS on_time
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
LEFT JOIN ks_day AS dr ON dr.day = b.review_date;
CACHE TABLE ks_lac_review;
CREATE OR REPLACE TEMPORARY VIEW ks_lac_all AS
SELECT period_id, child_id, arn, start_date, end_date, rec, rne, legal_status, placement_type,
  COALESCE(MAX(CASE WHEN brk = 1 THEN arn END) OVER (PARTITION BY period_id, child_id ORDER BY arn ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1, 1) AS first_rn
FROM (
  SELECT p.period_id, l.child_id, ROW_NUMBER() OVER (PARTITION BY p.period_id, l.child_id ORDER BY l.start_date, l.episode_id) AS arn,
    l.start_date, l.end_date, l.reason_episode_ceased AS rec, l.reason_for_new_episode AS rne, l.legal_status, l.placement_type,
    CASE WHEN l.end_date <= p.horizon AND l.reason_episode_ceased = 'X1' THEN 0 ELSE 1 END AS brk
  FROM ks_period AS p CROSS JOIN looked_after_episodes AS l WHERE l.start_date <= p.horizon
) AS e;
CACHE TABLE ks_lac_all;
CREATE OR REPLACE TEMPORARY VIEW ks_adoption_base AS
SELECT j.period_id, j.child_id, j.arn, j.first_rn, year(add_months(j.end_date, 9)) AS ad1_year,
  MIN(CASE WHEN m.placement_type IN ('A3', 'A4', 'A5', 'A6') THEN m.arn END) AS placed_rn,
  MIN(CASE WHEN m.legal_status IN ('E1', 'D1') THEN m.arn END) AS authority_rn
FROM ks_lac_all AS j
JOIN ks_period AS p ON p.period_id = j.period_id
JOIN ks_lac_all AS m ON m.period_id = j.period_id AND m.child_id = j.child_id AND m.arn >= j.first_rn AND m.arn <= j.arn
WHERE j.rec IN ('E11', 'E12') AND j.end_date >= p.period_start AND j.end_date <= p.period_end
GROUP BY j.period_id, j.child_id, j.arn, j.first_rn, year(add_months(j.end_date, 9));
CACHE TABLE ks_adoption_base;
CREATE OR REPLACE TEMPORARY VIEW ks_ad1 AS
SELECT p.period_id, a.child_id, a.`year` AS ad1_year, CASE WHEN a.match_date <= p.horizon THEN a.match_date END AS match_date,
  ROW_NUMBER() OVER (PARTITION BY p.period_id, a.child_id, a.`year` ORDER BY a.adoption_id, a.match_date) AS k,
  COUNT(*) OVER (PARTITION BY p.period_id, a.child_id) AS known_n
FROM ks_period AS p JOIN adoptions AS a ON a.`year` IS NULL OR a.`year` <= p.ad1_known_year;
CACHE TABLE ks_ad1;
CREATE OR REPLACE TEMPORARY VIEW ks_adoption AS
SELECT b.period_id, b.child_id,
  CASE WHEN b.placed_rn IS NULL THEN 1 ELSE 0 END AS no_placement,
  CASE WHEN pl.placement_type IN ('A3', 'A5') THEN 1 ELSE 0 END AS by_foster_carers,
  datediff(pl.start_date, f.start_date) AS a1_days,
  datediff(CASE WHEN pl.placement_type IN ('A3', 'A5') THEN wc.start_date ELSE pl.start_date END, f.start_date) AS a10_days,
  CASE WHEN au.start_date IS NULL OR mt.match_date IS NULL THEN NULL WHEN mt.match_date < au.start_date THEN 0 ELSE datediff(mt.match_date, au.start_date) END AS a2_days
FROM ks_adoption_base AS b
JOIN ks_lac_all AS f ON f.period_id = b.period_id AND f.child_id = b.child_id AND f.arn = b.first_rn
LEFT JOIN ks_lac_all AS pl ON pl.period_id = b.period_id AND pl.child_id = b.child_id AND pl.arn = b.placed_rn
LEFT JOIN ks_lac_all AS au ON au.period_id = b.period_id AND au.child_id = b.child_id AND au.arn = b.authority_rn
LEFT JOIN (
  SELECT b2.period_id, b2.child_id, b2.arn, MAX(m.arn) AS with_rn FROM ks_adoption_base AS b2
  JOIN ks_lac_all AS m ON m.period_id = b2.period_id AND m.child_id = b2.child_id AND m.arn >= b2.first_rn AND m.arn <= b2.placed_rn
  WHERE m.arn = b2.first_rn OR m.rne IS NULL OR m.rne NOT IN ('L', 'T', 'U')
  GROUP BY b2.period_id, b2.child_id, b2.arn
) AS w ON w.period_id = b.period_id AND w.child_id = b.child_id AND w.arn = b.arn
LEFT JOIN ks_lac_all AS wc ON wc.period_id = b.period_id AND wc.child_id = b.child_id AND wc.arn = w.with_rn
LEFT JOIN (
  SELECT b3.period_id, b3.child_id, b3.arn, CASE WHEN y.child_id IS NOT NULL THEN y.match_date WHEN u.known_n = 1 THEN u.match_date END AS match_date
  FROM ks_adoption_base AS b3
  LEFT JOIN ks_ad1 AS y ON y.period_id = b3.period_id AND y.child_id = b3.child_id AND y.ad1_year = b3.ad1_year AND y.k = 1
  LEFT JOIN ks_ad1 AS u ON u.period_id = b3.period_id AND u.child_id = b3.child_id AND u.ad1_year IS NULL AND u.k = 1
) AS mt ON mt.period_id = b.period_id AND mt.child_id = b.child_id AND mt.arn = b.arn;
CACHE TABLE ks_adoption;
CREATE OR REPLACE TEMPORARY VIEW ks_cp_plan AS
SELECT ROW_NUMBER() OVER (ORDER BY child_id, episode_id, plan_id, start_date, end_date, review_dates) AS cp_n, child_id, start_date, end_date, review_dates FROM cp_plans;
CACHE TABLE ks_cp_plan;
CREATE OR REPLACE TEMPORARY VIEW ks_cp_review_date AS
SELECT cp_n, CAST(item AS DATE) AS review_date FROM (SELECT t.cp_n, t.review_dates, explode(split(t.review_dates, ';')) AS item FROM ks_cp_plan AS t WHERE t.review_dates IS NOT NULL) AS r WHERE item LIKE '____-__-__';
CACHE TABLE ks_cp_review_date;
CREATE OR REPLACE TEMPORARY VIEW ks_cp_review AS
SELECT period_id, child_id, MIN(plan_ok) AS on_time FROM (
  SELECT q.period_id, q.child_id, q.cp_n,
    CASE WHEN MAX(r.late) = 1 THEN 0
      WHEN q.snapshot > CASE WHEN MAX(r.review_date) IS NULL THEN add_months(q.start_date, 3) ELSE add_months(MAX(r.review_date), 6) END THEN 0
      ELSE 1 END AS plan_ok
  FROM (
    SELECT p.period_id, p.snapshot, x.cp_n, x.child_id, x.start_date FROM ks_period AS p
    JOIN ks_cp_plan AS x ON x.start_date <= add_months(p.snapshot, -3) AND (x.end_date IS NULL OR x.end_date > p.snapshot)
  ) AS q
  LEFT JOIN (
    SELECT period_id, cp_n, review_date,
      CASE WHEN prev IS NULL THEN CASE WHEN review_date > add_months(start_date, 3) THEN 1 ELSE 0 END
        WHEN review_date > add_months(prev, 6) THEN 1 ELSE 0 END AS late
    FROM (
      SELECT period_id, cp_n, start_date, review_date, LAG(review_date) OVER (PARTITION BY period_id, cp_n ORDER BY review_date) AS prev FROM (
        SELECT DISTINCT p.period_id, x.cp_n, x.start_date, r.review_date FROM ks_period AS p
        JOIN ks_cp_plan AS x ON x.start_date <= add_months(p.snapshot, -3) AND (x.end_date IS NULL OR x.end_date > p.snapshot)
        JOIN ks_cp_review_date AS r ON r.cp_n = x.cp_n AND r.review_date > x.start_date AND r.review_date <= p.snapshot
      ) AS held
    ) AS ordered
  ) AS r ON r.period_id = q.period_id AND r.cp_n = q.cp_n
  GROUP BY q.period_id, q.child_id, q.cp_n, q.snapshot, q.start_date
) AS plans GROUP BY period_id, child_id;
CACHE TABLE ks_cp_review;
CREATE OR REPLACE TEMPORARY VIEW ks_oc2 AS
SELECT period_id, child_id, health_assessment, immunisations, teeth_check, health_check, convicted, substance_misuse, intervention_received, intervention_offered, sdq_score FROM (
  SELECT p.period_id, p.health_year AS target, o.child_id, o.`year` AS row_year, o.health_assessment, o.immunisations, o.teeth_check, o.health_check, o.convicted, o.substance_misuse, o.intervention_received, o.intervention_offered, o.sdq_score,
    ROW_NUMBER() OVER (PARTITION BY p.period_id, o.child_id, o.`year` ORDER BY o.looked_after_outcome_id) AS k,
    COUNT(*) OVER (PARTITION BY p.period_id, o.child_id) AS known_n
  FROM ks_period AS p JOIN looked_after_outcomes AS o ON o.`year` IS NULL OR o.`year` <= p.ad1_known_year
) AS r WHERE (row_year = target AND k = 1) OR (row_year IS NULL AND known_n = 1);
CACHE TABLE ks_oc2;
CREATE OR REPLACE TEMPORARY VIEW ks_health AS
SELECT s.period_id, s.child_id, CASE WHEN o.child_id IS NULL THEN 0 ELSE 1 END AS has_row,
  CASE WHEN o.child_id IS NOT NULL THEN CASE WHEN o.health_assessment IS NULL THEN NULL WHEN o.health_assessment = TRUE THEN 1 ELSE 0 END END AS f_health_assessment,
  CASE WHEN o.child_id IS NOT NULL THEN CASE WHEN o.immunisations IS NULL THEN NULL WHEN o.immunisations = TRUE THEN 1 ELSE 0 END END AS f_immunisations,
  CASE WHEN o.child_id IS NOT NULL THEN CASE WHEN o.teeth_check IS NULL THEN NULL WHEN o.teeth_check = TRUE THEN 1 ELSE 0 END END AS f_teeth_check,
  CASE WHEN o.child_id IS NOT NULL AND ch.dob <= p.snapshot AND p.snapshot < add_months(ch.dob, 60) THEN CASE WHEN o.health_check IS NULL THEN NULL WHEN o.health_check = TRUE THEN 1 ELSE 0 END END AS f_health_check,
  CASE WHEN o.child_id IS NOT NULL AND add_months(ch.dob, 120) <= p.snapshot THEN CASE WHEN o.convicted IS NULL THEN NULL WHEN o.convicted = TRUE THEN 1 ELSE 0 END END AS f_convicted,
  CASE WHEN o.child_id IS NOT NULL THEN CASE WHEN o.substance_misuse IS NULL THEN NULL WHEN o.substance_misuse = TRUE THEN 1 ELSE 0 END END AS f_substance_misuse,
  CASE WHEN o.child_id IS NOT NULL AND o.substance_misuse = TRUE THEN CASE WHEN o.intervention_received IS NULL THEN NULL WHEN o.intervention_received = TRUE THEN 1 ELSE 0 END END AS f_intervention_received,
  CASE WHEN o.child_id IS NOT NULL AND o.substance_misuse = TRUE THEN CASE WHEN o.intervention_offered IS NULL THEN NULL WHEN o.intervention_offered = TRUE THEN 1 ELSE 0 END END AS f_intervention_offered,
  CASE WHEN o.child_id IS NOT NULL AND add_months(ch.dob, 60) <= p.snapshot AND p.snapshot < add_months(ch.dob, 204) THEN 1 ELSE 0 END AS sdq_eligible,
  CASE WHEN o.child_id IS NOT NULL AND add_months(ch.dob, 60) <= p.snapshot AND p.snapshot < add_months(ch.dob, 204) AND o.sdq_score >= 0 THEN o.sdq_score END AS sdq
FROM ks_lac_snap AS s
JOIN ks_period AS p ON p.period_id = s.period_id
LEFT JOIN children AS ch ON ch.child_id = s.child_id
LEFT JOIN ks_oc2 AS o ON o.period_id = s.period_id AND o.child_id = s.child_id
LEFT JOIN (
  SELECT DISTINCT p.period_id, b.child_id FROM ks_period AS p
  JOIN looked_after_episodes AS b ON b.legal_status IN ('V3', 'V4') AND b.start_date <= p.snapshot AND (b.end_date IS NULL OR b.end_date > add_months(p.snapshot, -12))
) AS sb ON sb.period_id = s.period_id AND sb.child_id = s.child_id
WHERE datediff(s.care_start, add_months(p.snapshot, -12)) <= 1 AND sb.child_id IS NULL;
CACHE TABLE ks_health;
CREATE OR REPLACE TEMPORARY VIEW ks_oc3 AS
SELECT period_id, child_id, in_touch, activity, accommodation FROM (
  SELECT p.period_id, p.leaver_year AS target, o.child_id, o.`year` AS row_year, o.in_touch, o.activity, o.accommodation,
    ROW_NUMBER() OVER (PARTITION BY p.period_id, o.child_id, o.`year` ORDER BY o.care_leaver_outcome_id) AS k,
    COUNT(*) OVER (PARTITION BY p.period_id, o.child_id) AS known_n
  FROM ks_period AS p JOIN care_leaver_outcomes AS o ON o.`year` IS NULL OR o.`year` <= p.ad1_known_year
) AS r WHERE (row_year = target AND k = 1) OR (row_year IS NULL AND known_n = 1);
CACHE TABLE ks_oc3;
CREATE OR REPLACE TEMPORARY VIEW ks_leaver AS
SELECT o.period_id, o.child_id,
  CASE WHEN p.leaver_day < add_months(ch.dob, 228) THEN '17-18' ELSE '19-21' END AS age_group,
  CASE WHEN o.in_touch = 'YES' THEN 'in-touch' WHEN o.in_touch = 'NO' THEN 'not-in-touch' WHEN o.in_touch = 'REFU' THEN 'refuses-contact' WHEN o.in_touch = 'NREQ' THEN 'no-longer-requires-services' ELSE 'not-recorded' END AS contact,
  CASE WHEN o.accommodation IN ('B1', 'C1', 'D1', 'E1', 'G1', 'H1', 'K1', 'R1', 'S1', 'T1', 'U1', 'V1', 'W1', 'X1', 'Y1', 'Z1') THEN 'suitable' WHEN o.accommodation IN ('B2', 'C2', 'D2', 'E2', 'G2', 'H2', 'K2', 'R2', 'S2', 'T2', 'U2', 'V2', 'W2', 'X2', 'Y2', 'Z2') THEN 'unsuitable' ELSE 'no-information' END AS suitability,
  CASE WHEN o.accommodation IN ('B1', 'B2') THEN 'with-parents-or-relatives' WHEN o.accommodation IN ('C1', 'C2') THEN 'community-home' WHEN o.accommodation IN ('D1', 'D2') THEN 'semi-independent' WHEN o.accommodation IN ('E1', 'E2') THEN 'supported-lodgings' WHEN o.accommodation IN ('G1', 'G2') THEN 'gone-abroad' WHEN o.accommodation IN ('H1', 'H2') THEN 'deported' WHEN o.accommodation IN ('K1', 'K2') THEN 'ordinary-lodgings' WHEN o.accommodation IN ('R1', 'R2') THEN 'residence-not-known' WHEN o.accommodation IN ('S1', 'S2') THEN 'no-fixed-abode' WHEN o.accommodation IN ('T1', 'T2') THEN 'foyers' WHEN o.accommodation IN ('U1', 'U2') THEN 'independent-living' WHEN o.accommodation IN ('V1', 'V2') THEN 'emergency-accommodation' WHEN o.accommodation IN ('W1', 'W2') THEN 'bed-and-breakfast' WHEN o.accommodation IN ('X1', 'X2') THEN 'in-custody' WHEN o.accommodation IN ('Y1', 'Y2') THEN 'other' WHEN o.accommodation IN ('Z1', 'Z2') THEN 'with-former-foster-carers' ELSE 'no-information' END AS accommodation_type,
  CASE WHEN o.activity IN ('F1', 'P1') THEN 'higher-education' WHEN o.activity IN ('F2', 'P2') THEN 'other-education' WHEN o.activity IN ('F4', 'P4') THEN 'apprenticeship' WHEN o.activity IN ('F3', 'P3', 'F5', 'P5') THEN 'training-or-employment' WHEN o.activity IN ('G4') THEN 'neet-illness-or-disability' WHEN o.activity IN ('G6') THEN 'neet-pregnancy-or-parenting' WHEN o.activity IN ('G5') THEN 'neet-other' ELSE 'not-known' END AS activity
FROM ks_oc3 AS o
JOIN ks_period AS p ON p.period_id = o.period_id
JOIN children AS ch ON ch.child_id = o.child_id
WHERE ch.dob IS NOT NULL AND add_months(ch.dob, 204) <= p.leaver_day AND p.leaver_day < add_months(ch.dob, 264)
  AND (o.in_touch IS NULL OR o.in_touch NOT IN ('DIED', 'RHOM'));
CACHE TABLE ks_leaver;

-- What each figure needs (the catalogue's needs) and what the tables cover (coverage.csv): a figure whose kinds of fact the tables do not cover
-- from cover_from to the horizon is unavailable (value NULL), one that looks back further than they go is incomplete-history.
CREATE OR REPLACE TEMPORARY VIEW ks_figure_need AS
SELECT 'activity.referrals' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referrals/children' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referrals/age' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referrals/age/unborn' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referrals/age/under-1' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referrals/age/1-to-4' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referrals/age/5-to-9' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referrals/age/10-to-15' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referrals/age/16-and-over' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referrals/age/not-recorded' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-rate' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-rate/children' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.re-referral-rate' AS metric_id, 'cin-episodes' AS fact, 12 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.re-referral-rate/children' AS metric_id, 'cin-episodes' AS fact, 12 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/1' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/1/1A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/1/1B' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/1/1C' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/1/1D' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/2' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/2/2A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/2/2B' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/3' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/3/3A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/3/3B' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/3/3C' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/3/3D' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/3/3E' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/3/3F' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/4' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/5' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/5/5A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/5/5B' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/5/5C' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/5/5D' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/6' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/7' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/8' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/9' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/10' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-source/not-recorded' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome/lac' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome/lac' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome/cp' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome/cp' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome/cin' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome/cin' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome/early-help' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome/early-help' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome/nfa' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome/nfa' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome/pending' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.referral-outcome/pending' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.nfa-rate' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessed-not-in-need-rate' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessed-not-in-need-rate/RC8' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessed-not-in-need-rate/RC9' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/per10k' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/children' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/1A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/1B' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/1C' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/2A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/2B' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/2C' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/3A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/3B' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/3C' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/4A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/4B' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/4C' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/5A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/5B' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/5C' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/6A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/6B' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/6C' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/7A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/8B' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/8C' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/8D' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/8E' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/8F' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/9A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/10A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/11A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/12A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/13A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/14A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/15A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/16A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/17A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/18A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/18B' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/18C' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/19A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/19B' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/19C' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/20' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/21' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/22A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/23A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/24A' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/not-recorded' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.s47-enquiries' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.s47-enquiries/per10k' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.s47-enquiries/children' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.icpcs' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.icpcs/per10k' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'activity.icpcs/children' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration/lower-quartile' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration/upper-quartile' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/0' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/1-10' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/11-20' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/21-30' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/31-40' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/41-45' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/46-50' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/51-60' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/61+' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.assessment-duration/within-45' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/lower-quartile' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/upper-quartile' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/bands' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/bands/0-10' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/bands/11-15' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/bands/16-20' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/bands/21+' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/within-15' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion' AS metric_id, 'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/lower-quartile' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/lower-quartile' AS metric_id, 'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/upper-quartile' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/upper-quartile' AS metric_id, 'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands' AS metric_id, 'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands/0-10' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands/0-10' AS metric_id, 'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands/11-15' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands/11-15' AS metric_id, 'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands/16-20' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands/16-20' AS metric_id, 'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands/21+' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands/21+' AS metric_id, 'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/within-15' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/within-15' AS metric_id, 'strategy-discussions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.to-court' AS metric_id, 'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.to-court/lower-quartile' AS metric_id, 'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.to-court/upper-quartile' AS metric_id, 'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.through-court' AS metric_id, 'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.through-court/lower-quartile' AS metric_id, 'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.through-court/upper-quartile' AS metric_id, 'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'timeliness.through-court/within-26-weeks' AS metric_id, 'care-proceedings' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/per10k' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/early-help' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/early-help/per10k' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cin' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cin/per10k' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/per10k' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/lac' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/lac/per10k' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/any-plan' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/any-plan' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/any-plan' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/age' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/age/unborn' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/age/under-1' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/age/1-to-4' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/age/5-to-9' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/age/10-to-15' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/age/16-and-over' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/age/not-recorded' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial/NEG' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial/PHY' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial/SAB' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial/EMO' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial/MUL' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial/not-recorded' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest/NEG' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest/PHY' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest/SAB' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest/EMO' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest/MUL' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest/not-recorded' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/primary-need' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/primary-need/N0' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/primary-need/N1' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/primary-need/N2' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/primary-need/N3' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/primary-need/N4' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/primary-need/N5' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/primary-need/N6' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/primary-need/N7' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/primary-need/N8' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/primary-need/N9' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/primary-need/not-recorded' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/age' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/age/unborn' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/age/under-1' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/age/1-to-4' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/age/5-to-9' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/age/10-to-15' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/age/16-and-over' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/cp/age/not-recorded' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/lac/age' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/lac/age/unborn' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/lac/age/under-1' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/lac/age/1-to-4' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/lac/age/5-to-9' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/lac/age/10-to-15' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/lac/age/16-and-over' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.open/lac/age/not-recorded' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/early-help' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/early-help/more-than-6-months' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/early-help/1-year-or-more' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/early-help/2-years-or-more' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/early-help/bands' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/early-help/bands/3-months-or-less' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/early-help/bands/3-to-6-months' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/early-help/bands/6-months-to-1-year' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/early-help/bands/1-to-2-years' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/early-help/bands/2-years-or-more' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cin' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cin/more-than-6-months' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cin/1-year-or-more' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cin/2-years-or-more' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cin/bands' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cin/bands/3-months-or-less' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cin/bands/3-to-6-months' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cin/bands/6-months-to-1-year' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cin/bands/1-to-2-years' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cin/bands/2-years-or-more' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cp' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cp/more-than-6-months' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cp/1-year-or-more' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cp/2-years-or-more' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cp/bands' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cp/bands/3-months-or-less' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cp/bands/3-to-6-months' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cp/bands/6-months-to-1-year' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cp/bands/1-to-2-years' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/cp/bands/2-years-or-more' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/lac' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/lac/more-than-6-months' AS metric_id, 'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/lac/1-year-or-more' AS metric_id, 'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/lac/2-years-or-more' AS metric_id, 'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/lac/bands' AS metric_id, 'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/lac/bands/3-months-or-less' AS metric_id, 'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/lac/bands/3-to-6-months' AS metric_id, 'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/lac/bands/6-months-to-1-year' AS metric_id, 'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/lac/bands/1-to-2-years' AS metric_id, 'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.duration/lac/bands/2-years-or-more' AS metric_id, 'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.repeat' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.repeat/early-help' AS metric_id, 'early-help' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.repeat/early-help/within-12-months' AS metric_id, 'early-help' AS fact, 12 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.repeat/early-help/within-24-months' AS metric_id, 'early-help' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.repeat/cin' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.repeat/cin/within-12-months' AS metric_id, 'cin-episodes' AS fact, 12 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.repeat/cin/within-24-months' AS metric_id, 'cin-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.repeat/cp' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.repeat/cp/within-12-months' AS metric_id, 'cin-episodes' AS fact, 12 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.repeat/cp/within-24-months' AS metric_id, 'cin-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.repeat/lac' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.repeat/lac/within-12-months' AS metric_id, 'looked-after-episodes' AS fact, 12 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.repeat/lac/within-24-months' AS metric_id, 'looked-after-episodes' AS fact, 24 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/plans' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/per10k' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/cin' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/cin/plans' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/age' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/age/unborn' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/age/under-1' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/age/1-to-4' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/age/5-to-9' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/age/10-to-15' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/age/16-and-over' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/age/not-recorded' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/cp-category' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/cp-category/initial' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/cp-category/initial/NEG' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/cp-category/initial/PHY' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/cp-category/initial/SAB' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/cp-category/initial/EMO' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/cp-category/initial/MUL' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.started/cp-category/initial/not-recorded' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'plans.cp-reviews-on-time' AS metric_id, 'cin-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/care-order' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/placement-order' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/voluntary-agreement' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/detained-for-child-protection' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/youth-justice' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/per10k' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/periods-of-care' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/age' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/age/unborn' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/age/under-1' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/age/1-to-4' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/age/5-to-9' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/age/10-to-15' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/age/16-and-over' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.started/age/not-recorded' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/adopted' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/died' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/care-taken-over' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/returned-home' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/living-with-no-pr' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/child-arrangements-order' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/special-guardianship' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/independent-living' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/adult-social-care' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/custody' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/remand-ended' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/age-assessment' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/moved-abroad' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/stayed-with-carers' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.ceased/other' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.placement-type' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.placement-type/foster' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.placement-type/placed-for-adoption' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.placement-type/placed-with-parents' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.placement-type/other-community' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.placement-type/secure-childrens-homes-semi-independent' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.placement-type/other-residential' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.placement-type/residential-schools' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.placement-type/other' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.placement-stability-short' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.placement-stability-long' AS metric_id, 'looked-after-episodes' AS fact, 19 AS history_months, 1 AS period_id
UNION ALL
SELECT 'lac.uasc' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.uasc' AS metric_id, 'uasc' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.uasc/percent' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.uasc/percent' AS metric_id, 'uasc' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.uasc/started' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.uasc/started' AS metric_id, 'uasc' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing' AS metric_id, 'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/incidents' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/incidents' AS metric_id, 'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/percent' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/percent' AS metric_id, 'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/per-child' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/per-child' AS metric_id, 'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/looked-after' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/looked-after' AS metric_id, 'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/away' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/away' AS metric_id, 'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/away/incidents' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/away/incidents' AS metric_id, 'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/away/percent' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/away/percent' AS metric_id, 'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/away/per-child' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.missing/away/per-child' AS metric_id, 'missing' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.reviews-on-time' AS metric_id, 'looked-after-episodes' AS fact, 6 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.reviews-on-time' AS metric_id, 'looked-after-reviews' AS fact, 6 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.adoption-timeliness' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.adoption-timeliness/a10' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.adoption-timeliness/a2' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.adoption-timeliness/a2' AS metric_id, 'adoptions' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.adoption-timeliness/adopted' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.adoption-timeliness/by-foster-carers' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.adoption-timeliness/no-adoptive-placement' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/population' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/not-recorded' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/not-recorded' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/immunisations' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/immunisations' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/teeth-checked' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/teeth-checked' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/development-checks' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/development-checks' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/convicted' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/convicted' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/substance-misuse' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/substance-misuse' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/substance-misuse/intervention-received' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/substance-misuse/intervention-received' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/substance-misuse/intervention-offered' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/substance-misuse/intervention-offered' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/sdq' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/sdq' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/sdq/bands' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/sdq/bands' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/sdq/bands/normal' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/sdq/bands/normal' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/sdq/bands/borderline' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/sdq/bands/borderline' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/sdq/bands/concern' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/sdq/bands/concern' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/sdq/with-score' AS metric_id, 'looked-after-episodes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'lac.health/sdq/with-score' AS metric_id, 'looked-after-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/care-leavers' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/unsuitable' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/no-information' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/contact' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/contact/in-touch' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/contact/not-in-touch' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/contact/refuses-contact' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/contact/no-longer-requires-services' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/contact/not-recorded' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/with-parents-or-relatives' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/community-home' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/semi-independent' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/supported-lodgings' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/gone-abroad' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/deported' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/ordinary-lodgings' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/residence-not-known' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/no-fixed-abode' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/foyers' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/independent-living' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/emergency-accommodation' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/bed-and-breakfast' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/in-custody' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/other' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/with-former-foster-carers' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/no-information' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/care-leavers' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/unsuitable' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/no-information' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/contact' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/contact/in-touch' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/contact/not-in-touch' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/contact/refuses-contact' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/contact/no-longer-requires-services' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/contact/not-recorded' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/with-parents-or-relatives' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/community-home' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/semi-independent' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/supported-lodgings' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/gone-abroad' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/deported' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/ordinary-lodgings' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/residence-not-known' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/no-fixed-abode' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/foyers' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/independent-living' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/emergency-accommodation' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/bed-and-breakfast' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/in-custody' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/other' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/with-former-foster-carers' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/no-information' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/care-leavers' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/unsuitable' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/no-information' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/contact' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/contact/in-touch' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/contact/not-in-touch' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/contact/refuses-contact' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/contact/no-longer-requires-services' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/contact/not-recorded' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/with-parents-or-relatives' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/community-home' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/semi-independent' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/supported-lodgings' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/gone-abroad' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/deported' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/ordinary-lodgings' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/residence-not-known' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/no-fixed-abode' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/foyers' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/independent-living' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/emergency-accommodation' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/bed-and-breakfast' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/in-custody' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/other' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/with-former-foster-carers' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/no-information' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/care-leavers' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/neet' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/not-known' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/activity' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/activity/higher-education' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/activity/other-education' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/activity/apprenticeship' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/activity/training-or-employment' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/activity/neet-illness-or-disability' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/activity/neet-pregnancy-or-parenting' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/activity/neet-other' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/activity/not-known' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/17-18' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/care-leavers' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/neet' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/not-known' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/higher-education' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/other-education' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/apprenticeship' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/training-or-employment' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/neet-illness-or-disability' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/neet-pregnancy-or-parenting' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/neet-other' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/not-known' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/19-21' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/care-leavers' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/neet' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/not-known' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/higher-education' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/other-education' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/apprenticeship' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/training-or-employment' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/neet-illness-or-disability' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/neet-pregnancy-or-parenting' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/neet-other' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/not-known' AS metric_id, 'care-leaver-outcomes' AS fact, 0 AS history_months, 0 AS period_id;
CACHE TABLE ks_figure_need;
CREATE OR REPLACE TEMPORARY VIEW ks_fact_gap AS
SELECT p.period_id, nf.fact FROM ks_period AS p
CROSS JOIN (SELECT DISTINCT fact FROM ks_figure_need) AS nf
LEFT JOIN (SELECT DISTINCT fact FROM coverage WHERE (`start` IS NULL OR `end` IS NULL) AND unusable IS NOT NULL) AS u ON u.fact = nf.fact
LEFT JOIN (
  SELECT p2.period_id, c.fact, COUNT(DISTINCT dd.day) AS days FROM ks_period AS p2
  JOIN ks_day AS dd ON dd.day >= p2.cover_from AND dd.day <= p2.horizon
  JOIN coverage AS c ON c.`start` <= dd.day AND dd.day <= c.`end`
  GROUP BY p2.period_id, c.fact
) AS cv ON cv.period_id = p.period_id AND cv.fact = nf.fact
WHERE u.fact IS NOT NULL OR COALESCE(cv.days, 0) < datediff(p.horizon, p.cover_from) + 1;
CACHE TABLE ks_fact_gap;
CREATE OR REPLACE TEMPORARY VIEW ks_history_gap AS
SELECT p.period_id, nf.fact, MAX(dd.day) AS last_gap FROM ks_period AS p
CROSS JOIN (SELECT DISTINCT fact FROM ks_figure_need WHERE history_months > 0) AS nf
JOIN ks_day AS dd ON dd.day < p.period_start
LEFT JOIN coverage AS c ON c.fact = nf.fact AND c.`start` <= dd.day AND dd.day <= c.`end`
WHERE c.fact IS NULL
GROUP BY p.period_id, nf.fact;
CACHE TABLE ks_history_gap;
CREATE OR REPLACE TEMPORARY VIEW ks_figure_gap AS
SELECT DISTINCT g.period_id, n.metric_id FROM ks_figure_need AS n JOIN ks_fact_gap AS g ON g.fact = n.fact AND (n.period_id = 0 OR n.period_id = g.period_id);
CACHE TABLE ks_figure_gap;
CREATE OR REPLACE TEMPORARY VIEW ks_figure_short AS
SELECT DISTINCT h.period_id, n.metric_id FROM ks_figure_need AS n JOIN ks_history_gap AS h ON h.fact = n.fact AND (n.period_id = 0 OR n.period_id = h.period_id) JOIN ks_period AS p ON p.period_id = h.period_id WHERE n.history_months = 12 AND h.last_gap >= add_months(p.period_start, -12)
UNION ALL
SELECT DISTINCT h.period_id, n.metric_id FROM ks_figure_need AS n JOIN ks_history_gap AS h ON h.fact = n.fact AND (n.period_id = 0 OR n.period_id = h.period_id) JOIN ks_period AS p ON p.period_id = h.period_id WHERE n.history_months = 24 AND h.last_gap >= add_months(p.period_start, -24)
UNION ALL
SELECT DISTINCT h.period_id, n.metric_id FROM ks_figure_need AS n JOIN ks_history_gap AS h ON h.fact = n.fact AND (n.period_id = 0 OR n.period_id = h.period_id) JOIN ks_period AS p ON p.period_id = h.period_id WHERE n.history_months = 19 AND h.last_gap >= add_months(p.period_start, -19)
UNION ALL
SELECT DISTINCT h.period_id, n.metric_id FROM ks_figure_need AS n JOIN ks_history_gap AS h ON h.fact = n.fact AND (n.period_id = 0 OR n.period_id = h.period_id) JOIN ks_period AS p ON p.period_id = h.period_id WHERE n.history_months = 6 AND h.last_gap >= add_months(p.period_start, -6);
CACHE TABLE ks_figure_short;

-- Every figure: one row per figure and period.
CREATE OR REPLACE TEMPORARY VIEW ks_metrics AS
SELECT f.metric_id, p.period_start, p.period_end, CASE WHEN g.metric_id IS NULL THEN f.value END AS value, CASE WHEN g.metric_id IS NULL THEN f.numerator END AS numerator, CASE WHEN g.metric_id IS NULL THEN f.denominator END AS denominator,
  CASE WHEN g.metric_id IS NOT NULL THEN 'unavailable' WHEN f.status = 'available' AND s.metric_id IS NOT NULL THEN 'incomplete-history' ELSE f.status END AS status
FROM (
SELECT 'activity.referrals' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referrals/children' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referrals/age' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referrals/age/unborn' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = 'unborn' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referrals/age/under-1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = 'under-1' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referrals/age/1-to-4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = '1-to-4' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referrals/age/5-to-9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = '5-to-9' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referrals/age/10-to-15' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = '10-to-15' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referrals/age/16-and-over' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = '16-and-over' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referrals/age/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral WHERE age_band = 'not-recorded' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-rate' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-rate/children' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.re-referral-rate' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN re_referral = 1 THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.re-referral-rate/children' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN re_referral = 1 THEN child_id END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/1' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = '1' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/1/1A' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '1A' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/1/1B' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '1B' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/1/1C' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '1C' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/1/1D' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '1D' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/2' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = '2' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/2/2A' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '2A' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/2/2B' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '2B' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/3' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = '3' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/3/3A' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '3A' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/3/3B' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '3B' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/3/3C' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '3C' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/3/3D' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '3D' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/3/3E' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '3E' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/3/3F' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '3F' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/4' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = '4' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/5' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = '5' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/5/5A' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '5A' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/5/5B' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '5B' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/5/5C' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '5C' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/5/5D' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_code = '5D' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/6' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = '6' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/7' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = '7' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/8' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = '8' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/9' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = '9' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/10' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = '10' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-source/not-recorded' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN source_group = 'not-recorded' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-outcome' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-outcome/lac' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN outcome = 'lac' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-outcome/cp' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN outcome = 'cp' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-outcome/cin' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN outcome = 'cin' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-outcome/early-help' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN outcome = 'early-help' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-outcome/nfa' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN outcome = 'nfa' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.referral-outcome/pending' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN outcome = 'pending' THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.nfa-rate' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN nfa = 1 THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessed-not-in-need-rate' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN not_in_need = 1 THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessed-not-in-need-rate/RC8' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN closed_rc8 = 1 THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessed-not-in-need-rate/RC9' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN closed_rc9 = 1 THEN 1 ELSE 0 END) AS k FROM ks_referral GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/per10k' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/children' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/1A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '1A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/1B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '1B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/1C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '1C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/2A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '2A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/2B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '2B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/2C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '2C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/3A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '3A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/3B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '3B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/3C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '3C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/4A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '4A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/4B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '4B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/4C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '4C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/5A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '5A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/5B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '5B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/5C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '5C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/6A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '6A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/6B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '6B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/6C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '6C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/7A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '7A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/8B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '8B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/8C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '8C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/8D' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '8D' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/8E' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '8E' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/8F' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '8F' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/9A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '9A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/10A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '10A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/11A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '11A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/12A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '12A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/13A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '13A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/14A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '14A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/15A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '15A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/16A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '16A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/17A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '17A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/18A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '18A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/18B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '18B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/18C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '18C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/19A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '19A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/19B' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '19B' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/19C' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '19C' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/20' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '20' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/21' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/22A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '22A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/23A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '23A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/24A' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment_factor WHERE factor = '24A' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.assessments/assessment-factors/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_assessment WHERE has_factor = 0 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.s47-enquiries' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_s47 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.s47-enquiries/per10k' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_s47 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.s47-enquiries/children' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_s47 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.icpcs' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.icpcs/per10k' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'activity.icpcs/children' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(working_days, 0.5) AS q0 FROM ks_assessment WHERE working_days IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration/lower-quartile' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(working_days, 0.25) AS q0 FROM ks_assessment WHERE working_days IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration/upper-quartile' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(working_days, 0.75) AS q0 FROM ks_assessment WHERE working_days IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/0' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 0 AND working_days <= 0 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/1-10' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 1 AND working_days <= 10 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/11-20' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 11 AND working_days <= 20 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/21-30' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 21 AND working_days <= 30 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/31-40' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 31 AND working_days <= 40 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/41-45' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 41 AND working_days <= 45 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/46-50' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 46 AND working_days <= 50 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/51-60' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 51 AND working_days <= 60 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration/bands/61+' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 61 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.assessment-duration/within-45' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 0 AND working_days <= 45 THEN 1 ELSE 0 END) AS k FROM ks_assessment GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(working_days, 0.5) AS q0 FROM ks_icpc WHERE working_days IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/lower-quartile' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(working_days, 0.25) AS q0 FROM ks_icpc WHERE working_days IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/upper-quartile' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(working_days, 0.75) AS q0 FROM ks_icpc WHERE working_days IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/bands' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/bands/0-10' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 0 AND working_days <= 10 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/bands/11-15' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 11 AND working_days <= 15 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/bands/16-20' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 16 AND working_days <= 20 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/bands/21+' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 21 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/within-15' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(working_days) AS n, SUM(CASE WHEN working_days >= 0 AND working_days <= 15 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(from_strategy_discussion, 0.5) AS q0 FROM ks_icpc WHERE from_strategy_discussion IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/lower-quartile' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(from_strategy_discussion, 0.25) AS q0 FROM ks_icpc WHERE from_strategy_discussion IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/upper-quartile' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(from_strategy_discussion, 0.75) AS q0 FROM ks_icpc WHERE from_strategy_discussion IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands/0-10' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n, SUM(CASE WHEN from_strategy_discussion >= 0 AND from_strategy_discussion <= 10 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands/11-15' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n, SUM(CASE WHEN from_strategy_discussion >= 11 AND from_strategy_discussion <= 15 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands/16-20' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n, SUM(CASE WHEN from_strategy_discussion >= 16 AND from_strategy_discussion <= 20 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/bands/21+' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n, SUM(CASE WHEN from_strategy_discussion >= 21 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.icpc/from-strategy-discussion/within-15' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(from_strategy_discussion) AS n, SUM(CASE WHEN from_strategy_discussion >= 0 AND from_strategy_discussion <= 15 THEN 1 ELSE 0 END) AS k FROM ks_icpc GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'timeliness.to-court' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) / CAST(7 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n FROM ks_issued GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(days, 0.5) AS q0 FROM ks_issued WHERE days IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.to-court/lower-quartile' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) / CAST(7 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n FROM ks_issued GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(days, 0.25) AS q0 FROM ks_issued WHERE days IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.to-court/upper-quartile' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) / CAST(7 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n FROM ks_issued GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(days, 0.75) AS q0 FROM ks_issued WHERE days IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.through-court' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) / CAST(7 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n FROM ks_concluded GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(days, 0.5) AS q0 FROM ks_concluded WHERE days IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.through-court/lower-quartile' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) / CAST(7 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n FROM ks_concluded GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(days, 0.25) AS q0 FROM ks_concluded WHERE days IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.through-court/upper-quartile' AS metric_id, p.period_id, CAST(q.q0 AS DOUBLE) / CAST(7 AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n FROM ks_concluded GROUP BY period_id) AS a ON a.period_id = p.period_id LEFT JOIN (SELECT period_id, percentile(days, 0.75) AS q0 FROM ks_concluded WHERE days IS NOT NULL GROUP BY period_id) AS q ON q.period_id = p.period_id
UNION ALL
SELECT 'timeliness.through-court/within-26-weeks' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(days) AS n, SUM(CASE WHEN days >= 0 AND days <= 182 THEN 1 ELSE 0 END) AS k FROM ks_concluded GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = 'in-need' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/per10k' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = 'in-need' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/early-help' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/early-help/per10k' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cin' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cin/per10k' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/per10k' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/lac' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/lac/per10k' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/any-plan' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind IN ('early-help', 'cin', 'cp', 'lac') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/age' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = 'in-need' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/age/unborn' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'in-need') AND (age_band = 'unborn') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/age/under-1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'in-need') AND (age_band = 'under-1') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/age/1-to-4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'in-need') AND (age_band = '1-to-4') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/age/5-to-9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'in-need') AND (age_band = '5-to-9') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/age/10-to-15' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'in-need') AND (age_band = '10-to-15') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/age/16-and-over' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'in-need') AND (age_band = '16-and-over') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/age/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'in-need') AND (age_band = 'not-recorded') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial/NEG' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE initial_category = 'NEG' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial/PHY' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE initial_category = 'PHY' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial/SAB' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE initial_category = 'SAB' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial/EMO' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE initial_category = 'EMO' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial/MUL' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE initial_category = 'MUL' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/initial/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE initial_category = 'not-recorded' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest/NEG' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE latest_category = 'NEG' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest/PHY' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE latest_category = 'PHY' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest/SAB' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE latest_category = 'SAB' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest/EMO' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE latest_category = 'EMO' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest/MUL' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE latest_category = 'MUL' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/cp-category/latest/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_snap WHERE latest_category = 'not-recorded' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/primary-need' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/primary-need/N0' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = 'N0' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/primary-need/N1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = 'N1' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/primary-need/N2' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = 'N2' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/primary-need/N3' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = 'N3' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/primary-need/N4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = 'N4' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/primary-need/N5' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = 'N5' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/primary-need/N6' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = 'N6' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/primary-need/N7' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = 'N7' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/primary-need/N8' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = 'N8' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/primary-need/N9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = 'N9' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/primary-need/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_snap_need WHERE need = 'not-recorded' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/age' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/age/unborn' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'cp') AND (age_band = 'unborn') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/age/under-1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'cp') AND (age_band = 'under-1') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/age/1-to-4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'cp') AND (age_band = '1-to-4') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/age/5-to-9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'cp') AND (age_band = '5-to-9') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/age/10-to-15' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'cp') AND (age_band = '10-to-15') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/age/16-and-over' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'cp') AND (age_band = '16-and-over') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/cp/age/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'cp') AND (age_band = 'not-recorded') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/lac/age' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE kind = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/lac/age/unborn' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'lac') AND (age_band = 'unborn') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/lac/age/under-1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'lac') AND (age_band = 'under-1') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/lac/age/1-to-4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'lac') AND (age_band = '1-to-4') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/lac/age/5-to-9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'lac') AND (age_band = '5-to-9') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/lac/age/10-to-15' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'lac') AND (age_band = '10-to-15') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/lac/age/16-and-over' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'lac') AND (age_band = '16-and-over') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.open/lac/age/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_open WHERE (kind = 'lac') AND (age_band = 'not-recorded') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN two_years_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/early-help' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/early-help/more-than-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN more_than_6_months = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/early-help/1-year-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN one_year_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/early-help/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN two_years_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/early-help/bands' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/early-help/bands/3-months-or-less' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '3-months-or-less' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/early-help/bands/3-to-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '3-to-6-months' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/early-help/bands/6-months-to-1-year' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '6-months-to-1-year' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/early-help/bands/1-to-2-years' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '1-to-2-years' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/early-help/bands/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '2-years-or-more' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cin' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cin/more-than-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN more_than_6_months = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cin/1-year-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN one_year_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cin/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN two_years_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cin/bands' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cin/bands/3-months-or-less' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '3-months-or-less' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cin/bands/3-to-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '3-to-6-months' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cin/bands/6-months-to-1-year' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '6-months-to-1-year' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cin/bands/1-to-2-years' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '1-to-2-years' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cin/bands/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '2-years-or-more' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cp' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cp/more-than-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN more_than_6_months = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cp/1-year-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN one_year_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cp/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN two_years_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cp/bands' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cp/bands/3-months-or-less' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '3-months-or-less' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cp/bands/3-to-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '3-to-6-months' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cp/bands/6-months-to-1-year' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '6-months-to-1-year' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cp/bands/1-to-2-years' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '1-to-2-years' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/cp/bands/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '2-years-or-more' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/lac' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/lac/more-than-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN more_than_6_months = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/lac/1-year-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN one_year_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/lac/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN two_years_or_more = 1 THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/lac/bands' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_end WHERE plan_type = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/lac/bands/3-months-or-less' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '3-months-or-less' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/lac/bands/3-to-6-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '3-to-6-months' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/lac/bands/6-months-to-1-year' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '6-months-to-1-year' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/lac/bands/1-to-2-years' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '1-to-2-years' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.duration/lac/bands/2-years-or-more' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN band = '2-years-or-more' THEN 1 ELSE 0 END) AS k FROM ks_plan_end WHERE plan_type = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.repeat' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN previous_plan = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.repeat/early-help' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.repeat/early-help/within-12-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_12_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.repeat/early-help/within-24-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_24_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = 'early-help' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.repeat/cin' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.repeat/cin/within-12-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_12_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.repeat/cin/within-24-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_24_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.repeat/cp' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.repeat/cp/within-12-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_12_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.repeat/cp/within-24-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_24_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.repeat/lac' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.repeat/lac/within-12-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_12_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.repeat/lac/within-24-months' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN within_24_months = 1 THEN child_id END) AS k FROM ks_plan_start WHERE plan_type = 'lac' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/plans' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_start WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/per10k' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/cin' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/cin/plans' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_plan_start WHERE plan_type = 'cin' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/age' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE plan_type = 'cp' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/age/unborn' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = 'cp') AND (first_age_band = 'unborn') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/age/under-1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = 'cp') AND (first_age_band = 'under-1') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/age/1-to-4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = 'cp') AND (first_age_band = '1-to-4') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/age/5-to-9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = 'cp') AND (first_age_band = '5-to-9') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/age/10-to-15' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = 'cp') AND (first_age_band = '10-to-15') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/age/16-and-over' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = 'cp') AND (first_age_band = '16-and-over') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/age/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_plan_start WHERE (plan_type = 'cp') AND (first_age_band = 'not-recorded') GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/cp-category' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/cp-category/initial' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/cp-category/initial/NEG' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first WHERE initial_category = 'NEG' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/cp-category/initial/PHY' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first WHERE initial_category = 'PHY' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/cp-category/initial/SAB' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first WHERE initial_category = 'SAB' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/cp-category/initial/EMO' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first WHERE initial_category = 'EMO' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/cp-category/initial/MUL' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first WHERE initial_category = 'MUL' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.started/cp-category/initial/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_cp_first WHERE initial_category = 'not-recorded' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'plans.cp-reviews-on-time' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN on_time = 1 THEN 1 ELSE 0 END) AS k FROM ks_cp_review GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/care-order' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_start WHERE ls_group = 'care-order' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/placement-order' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_start WHERE ls_group = 'placement-order' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/voluntary-agreement' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_start WHERE ls_group = 'voluntary-agreement' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/detained-for-child-protection' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_start WHERE ls_group = 'detained-for-child-protection' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/youth-justice' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_start WHERE ls_group = 'youth-justice' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/per10k' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(COALESCE(a.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'unavailable' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/periods-of-care' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_start GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/age' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/age/unborn' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = 'unborn' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/age/under-1' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = 'under-1' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/age/1-to-4' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = '1-to-4' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/age/5-to-9' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = '5-to-9' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/age/10-to-15' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = '10-to-15' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/age/16-and-over' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = '16-and-over' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.started/age/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE age_band = 'not-recorded' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/adopted' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'adopted' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/died' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'died' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/care-taken-over' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'care-taken-over' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/returned-home' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'returned-home' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/living-with-no-pr' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'living-with-no-pr' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/child-arrangements-order' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'child-arrangements-order' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/special-guardianship' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'special-guardianship' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/independent-living' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'independent-living' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/adult-social-care' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'adult-social-care' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/custody' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'custody' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/remand-ended' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'remand-ended' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/age-assessment' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'age-assessment' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/moved-abroad' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'moved-abroad' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/stayed-with-carers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'stayed-with-carers' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.ceased/other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN rec_group = 'other' THEN 1 ELSE 0 END) AS k FROM ks_lac_cease GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.placement-type' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.placement-type/foster' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = 'foster' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.placement-type/placed-for-adoption' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = 'placed-for-adoption' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.placement-type/placed-with-parents' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = 'placed-with-parents' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.placement-type/other-community' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = 'other-community' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.placement-type/secure-childrens-homes-semi-independent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = 'secure-childrens-homes-semi-independent' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.placement-type/other-residential' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = 'other-residential' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.placement-type/residential-schools' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = 'residential-schools' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.placement-type/other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN place_group = 'other' THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.placement-stability-short' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN unstable = 1 THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.placement-stability-long' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN long_num = 1 THEN 1 ELSE 0 END) AS k FROM ks_lac_snap WHERE long_den = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.uasc' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_snap WHERE uasc = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.uasc/percent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN uasc = 1 THEN 1 ELSE 0 END) AS k FROM ks_lac_snap GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.uasc/started' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(DISTINCT child_id) AS n FROM ks_lac_start WHERE uasc = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.missing' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_during WHERE missing_n >= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.missing/incidents' AS metric_id, p.period_id, CAST(COALESCE(a.s, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, SUM(missing_n) AS s FROM ks_lac_during GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.missing/percent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN missing_n >= 1 THEN 1 ELSE 0 END) AS k FROM ks_lac_during GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.missing/per-child' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.s AS DOUBLE) / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.s, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(missing_n) AS n, SUM(missing_n) AS s FROM ks_lac_during WHERE missing_n >= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.missing/looked-after' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_during GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.missing/away' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_lac_during WHERE away_n >= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.missing/away/incidents' AS metric_id, p.period_id, CAST(COALESCE(a.s, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, SUM(away_n) AS s FROM ks_lac_during GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.missing/away/percent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN away_n >= 1 THEN 1 ELSE 0 END) AS k FROM ks_lac_during GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.missing/away/per-child' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.s AS DOUBLE) / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.s, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(away_n) AS n, SUM(away_n) AS s FROM ks_lac_during WHERE away_n >= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.reviews-on-time' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN on_time = 1 THEN 1 ELSE 0 END) AS k FROM ks_lac_review WHERE tested = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.adoption-timeliness' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.s AS DOUBLE) / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.s, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(a1_days) AS n, SUM(a1_days) AS s FROM ks_adoption GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.adoption-timeliness/a10' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.s AS DOUBLE) / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.s, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(a10_days) AS n, SUM(a10_days) AS s FROM ks_adoption GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.adoption-timeliness/a2' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.s AS DOUBLE) / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.s, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(a2_days) AS n, SUM(a2_days) AS s FROM ks_adoption GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.adoption-timeliness/adopted' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_adoption GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.adoption-timeliness/by-foster-carers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_adoption WHERE by_foster_carers = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.adoption-timeliness/no-adoptive-placement' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_adoption WHERE no_placement = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_health_assessment = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_health_assessment >= 0 AND f_health_assessment <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/population' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_health GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/not-recorded' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_health WHERE has_row = 0 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/immunisations' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_immunisations = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_immunisations >= 0 AND f_immunisations <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/teeth-checked' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_teeth_check = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_teeth_check >= 0 AND f_teeth_check <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/development-checks' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_health_check = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_health_check >= 0 AND f_health_check <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/convicted' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_convicted = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_convicted >= 0 AND f_convicted <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/substance-misuse' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_substance_misuse = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_substance_misuse >= 0 AND f_substance_misuse <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/substance-misuse/intervention-received' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_intervention_received = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_intervention_received >= 0 AND f_intervention_received <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/substance-misuse/intervention-offered' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN f_intervention_offered = 1 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE f_intervention_offered >= 0 AND f_intervention_offered <= 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/sdq' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.s AS DOUBLE) / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.s, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(sdq) AS n, SUM(sdq) AS s FROM ks_health GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/sdq/bands' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(sdq) AS n FROM ks_health GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/sdq/bands/normal' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(sdq) AS n, SUM(CASE WHEN sdq >= 0 AND sdq <= 13 THEN 1 ELSE 0 END) AS k FROM ks_health GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/sdq/bands/borderline' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(sdq) AS n, SUM(CASE WHEN sdq >= 14 AND sdq <= 16 THEN 1 ELSE 0 END) AS k FROM ks_health GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/sdq/bands/concern' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(sdq) AS n, SUM(CASE WHEN sdq >= 17 THEN 1 ELSE 0 END) AS k FROM ks_health GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'lac.health/sdq/with-score' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN sdq >= 0 THEN 1 ELSE 0 END) AS k FROM ks_health WHERE sdq_eligible = 1 GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = 'suitable' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/care-leavers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/unsuitable' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = 'unsuitable' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/no-information' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = 'no-information' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/contact' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/contact/in-touch' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'in-touch' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/contact/not-in-touch' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'not-in-touch' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/contact/refuses-contact' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'refuses-contact' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/contact/no-longer-requires-services' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'no-longer-requires-services' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/contact/not-recorded' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'not-recorded' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/with-parents-or-relatives' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'with-parents-or-relatives' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/community-home' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'community-home' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/semi-independent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'semi-independent' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/supported-lodgings' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'supported-lodgings' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/gone-abroad' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'gone-abroad' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/deported' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'deported' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/ordinary-lodgings' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'ordinary-lodgings' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/residence-not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'residence-not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/no-fixed-abode' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'no-fixed-abode' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/foyers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'foyers' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/independent-living' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'independent-living' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/emergency-accommodation' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'emergency-accommodation' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/bed-and-breakfast' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'bed-and-breakfast' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/in-custody' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'in-custody' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'other' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/with-former-foster-carers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'with-former-foster-carers' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/type/no-information' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'no-information' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = 'suitable' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/care-leavers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/unsuitable' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = 'unsuitable' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/no-information' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = 'no-information' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/contact' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/contact/in-touch' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'in-touch' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/contact/not-in-touch' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'not-in-touch' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/contact/refuses-contact' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'refuses-contact' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/contact/no-longer-requires-services' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'no-longer-requires-services' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/contact/not-recorded' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'not-recorded' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/with-parents-or-relatives' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'with-parents-or-relatives' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/community-home' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'community-home' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/semi-independent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'semi-independent' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/supported-lodgings' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'supported-lodgings' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/gone-abroad' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'gone-abroad' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/deported' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'deported' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/ordinary-lodgings' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'ordinary-lodgings' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/residence-not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'residence-not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/no-fixed-abode' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'no-fixed-abode' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/foyers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'foyers' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/independent-living' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'independent-living' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/emergency-accommodation' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'emergency-accommodation' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/bed-and-breakfast' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'bed-and-breakfast' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/in-custody' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'in-custody' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'other' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/with-former-foster-carers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'with-former-foster-carers' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/17-18/type/no-information' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'no-information' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = 'suitable' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/care-leavers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/unsuitable' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = 'unsuitable' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/no-information' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN suitability = 'no-information' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/contact' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/contact/in-touch' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'in-touch' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/contact/not-in-touch' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'not-in-touch' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/contact/refuses-contact' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'refuses-contact' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/contact/no-longer-requires-services' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'no-longer-requires-services' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/contact/not-recorded' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN contact = 'not-recorded' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/with-parents-or-relatives' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'with-parents-or-relatives' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/community-home' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'community-home' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/semi-independent' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'semi-independent' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/supported-lodgings' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'supported-lodgings' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/gone-abroad' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'gone-abroad' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/deported' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'deported' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/ordinary-lodgings' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'ordinary-lodgings' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/residence-not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'residence-not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/no-fixed-abode' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'no-fixed-abode' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/foyers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'foyers' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/independent-living' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'independent-living' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/emergency-accommodation' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'emergency-accommodation' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/bed-and-breakfast' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'bed-and-breakfast' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/in-custody' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'in-custody' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'other' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/with-former-foster-carers' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'with-former-foster-carers' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.accommodation/19-21/type/no-information' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN accommodation_type = 'no-information' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity IN ('higher-education', 'other-education', 'apprenticeship', 'training-or-employment') THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/care-leavers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/neet' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity IN ('neet-illness-or-disability', 'neet-pregnancy-or-parenting', 'neet-other') THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/activity' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/activity/higher-education' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'higher-education' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/activity/other-education' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'other-education' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/activity/apprenticeship' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'apprenticeship' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/activity/training-or-employment' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'training-or-employment' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/activity/neet-illness-or-disability' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'neet-illness-or-disability' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/activity/neet-pregnancy-or-parenting' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'neet-pregnancy-or-parenting' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/activity/neet-other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'neet-other' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/activity/not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/17-18' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity IN ('higher-education', 'other-education', 'apprenticeship', 'training-or-employment') THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/care-leavers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/neet' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity IN ('neet-illness-or-disability', 'neet-pregnancy-or-parenting', 'neet-other') THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/higher-education' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'higher-education' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/other-education' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'other-education' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/apprenticeship' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'apprenticeship' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/training-or-employment' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'training-or-employment' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/neet-illness-or-disability' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'neet-illness-or-disability' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/neet-pregnancy-or-parenting' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'neet-pregnancy-or-parenting' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/neet-other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'neet-other' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/17-18/activity/not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '17-18' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/19-21' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity IN ('higher-education', 'other-education', 'apprenticeship', 'training-or-employment') THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/care-leavers' AS metric_id, p.period_id, CAST(COALESCE(a.n, 0) AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator, 'available' AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/neet' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity IN ('neet-illness-or-disability', 'neet-pregnancy-or-parenting', 'neet-other') THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity' AS metric_id, p.period_id, CAST(NULL AS DOUBLE) AS value, CAST(NULL AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/higher-education' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'higher-education' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/other-education' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'other-education' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/apprenticeship' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'apprenticeship' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/training-or-employment' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'training-or-employment' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/neet-illness-or-disability' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'neet-illness-or-disability' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/neet-pregnancy-or-parenting' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'neet-pregnancy-or-parenting' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/neet-other' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'neet-other' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
UNION ALL
SELECT 'care-leavers.activity/19-21/activity/not-known' AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN CAST(NULL AS DOUBLE) ELSE CAST(a.k AS DOUBLE) * 100 / CAST(a.n AS DOUBLE) END AS value, CAST(COALESCE(a.k, 0) AS BIGINT) AS numerator, CAST(COALESCE(a.n, 0) AS BIGINT) AS denominator, CASE WHEN COALESCE(a.n, 0) > 0 THEN 'available' ELSE 'unavailable' END AS status FROM ks_period AS p LEFT JOIN (SELECT period_id, COUNT(*) AS n, SUM(CASE WHEN activity = 'not-known' THEN 1 ELSE 0 END) AS k FROM ks_leaver WHERE age_group = '19-21' GROUP BY period_id) AS a ON a.period_id = p.period_id
) AS f
JOIN ks_period AS p ON p.period_id = f.period_id
LEFT JOIN ks_figure_gap AS g ON g.period_id = f.period_id AND g.metric_id = f.metric_id
LEFT JOIN ks_figure_short AS s ON s.period_id = f.period_id AND s.metric_id = f.metric_id;
SELECT * FROM ks_metrics ORDER BY period_start, period_end, metric_id;
