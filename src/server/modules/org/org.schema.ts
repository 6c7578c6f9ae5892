import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, pgView, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { roles } from '../../../domain/access/index.ts';
import { centerLevels, posts, windowKinds } from './org.types.ts';

// The text columns below name their values (`enum`: types only, no database constraint), so a
// row read here matches the answer's schema in src/contract/org.ts.
const regionLevels = ['province', 'city', 'county', 'township', 'village'] as const;

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** 行政区划 by GB/T 2260 code: 6 digits county and above, 9 township, 12 village. */
export const regions = pgTable('region', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  level: text('level', { enum: regionLevels }).notNull(),
  parentCode: text('parent_code'),
  active: boolean('active').notNull().default(true),
  ...stamps,
});

/**
 * 政务服务中心 / 便民服务中心 / 便民服务站 / 分厅. `path` is the chain of ids from the root
 * ('/county/township/'), so "this center and every center below it" is one prefix match.
 */
export const centers = pgTable(
  'center',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    level: text('level', { enum: centerLevels }).notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    parentId: text('parent_id'),
    path: text('path').notNull(),
    address: text('address'),
    phone: text('phone'),
    openingHours: text('opening_hours'),
    active: boolean('active').notNull().default(true),
    ...stamps,
  },
  (t) => [index('center_path_idx').on(t.path), index('center_parent_idx').on(t.parentId)],
);

export const departments = pgTable(
  'department',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    name: text('name').notNull(),
    shortName: text('short_name'),
    uscc: text('uscc').notNull(),
    phone: text('phone'),
    active: boolean('active').notNull().default(true),
    ...stamps,
  },
  (t) => [uniqueIndex('department_center_uscc_uq').on(t.centerId, t.uscc), index('department_center_idx').on(t.centerId)],
);

/** 窗口: `number` is what visitors see ("请A001号到3号窗口"). */
export const windows = pgTable(
  'service_window',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    number: text('number').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: windowKinds }).notNull(),
    departmentId: text('department_id').references(() => departments.id),
    /** Which post serves now: 'A' normally, 'B' while the A post is away. */
    servingPost: text('serving_post', { enum: posts }).notNull().default('A'),
    active: boolean('active').notNull().default(true),
    ...stamps,
  },
  (t) => [uniqueIndex('window_center_number_uq').on(t.centerId, t.number)],
);

export const staff = pgTable(
  'staff',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull().unique(),
    username: text('username').notNull().unique(),
    name: text('name').notNull(),
    mobile: text('mobile'),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    departmentId: text('department_id').references(() => departments.id),
    roles: text('roles', { enum: roles }).array().notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    ...stamps,
  },
  (t) => [index('staff_center_idx').on(t.centerId)],
);

/** A/B posts (A岗 首席代表, B岗 backup) of a window. */
export const windowPosts = pgTable(
  'window_post',
  {
    windowId: text('window_id')
      .notNull()
      .references(() => windows.id),
    post: text('post', { enum: posts }).notNull(),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id),
    ...stamps,
  },
  (t) => [primaryKey({ columns: [t.windowId, t.post] })],
);

/**
 * A window with the staff member at its serving post and its center's path: what other
 * modules may read of windows in SQL. The hall's one-round-trip statements join it (decision
 * 0011) instead of org's tables, so org can change those tables and keep this shape.
 * PostgreSQL expands the view into the statement that reads it: no cost at run time.
 */
export const windowAtPost = pgView('window_at_post', {
  windowId: text('window_id').notNull(),
  centerId: text('center_id').notNull(),
  number: text('number').notNull(),
  name: text('name').notNull(),
  active: boolean('active').notNull(),
  servingPost: text('serving_post', { enum: posts }).notNull(),
  servingStaffId: text('serving_staff_id'),
  centerPath: text('center_path').notNull(),
}).as(sql`
  SELECT win.id AS window_id, win.center_id, win.number, win.name, win.active, win.serving_post,
         post.staff_id AS serving_staff_id, c.path AS center_path
  FROM service_window win
  JOIN center c ON c.id = win.center_id
  LEFT JOIN window_post post ON post.window_id = win.id AND post.post = win.serving_post`);
