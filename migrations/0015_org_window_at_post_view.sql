CREATE VIEW "public"."window_at_post" AS (
  SELECT win.id AS window_id, win.center_id, win.number, win.name, win.active, win.serving_post,
         post.staff_id AS serving_staff_id, c.path AS center_path
  FROM service_window win
  JOIN center c ON c.id = win.center_id
  LEFT JOIN window_post post ON post.window_id = win.id AND post.post = win.serving_post);