"""The co-creation record (reasoned-response annex, forum) as rows in one language; imports plan, shared by render and office."""
